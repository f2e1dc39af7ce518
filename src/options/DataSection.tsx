import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import type { HistoryStore } from '../core/history';
import { buildExport, describeChanges, exportFileName, parseImport, sizeProblem, type ImportResult, type Transferable } from '../core/transfer';
import { saveHistory, saveSettings } from '../platform/storage';

interface Props {
  settings: Settings;
  history: HistoryStore;
}

/** What the import part shows: nothing yet, why a file was refused, or what a good file would change. */
type Import = { kind: 'idle' } | { kind: 'refused'; fileName: string; errors: string[] } | { kind: 'preview'; fileName: string; data: Transferable };
type Confirming = 'reset' | 'clear' | null;

/** Export, import and reset of the user's settings and history. File content is only ever shown as text. */
export function DataSection({ settings, history }: Props) {
  const [incoming, setIncoming] = useState<Import>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  // A later choice of file wins over an earlier one still being read.
  const reading = useRef(0);

  const begin = () => {
    setStatus('');
    setFailure('');
  };

  const ask = (what: Exclude<Confirming, null>) => {
    begin();
    setConfirming(what);
  };

  const exportData = () => {
    begin();
    const now = Date.now();
    const json = JSON.stringify(buildExport(settings, history, now), null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked after the click has been handled, so the download has its data.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(`Exported ${link.download}.`);
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    begin();
    setConfirming(null);
    const ticket = ++reading.current;
    const tooBig = sizeProblem(file.size);
    let result: ImportResult;
    if (tooBig) result = { ok: false, errors: [tooBig] };
    else {
      try {
        result = parseImport(await file.text());
      } catch {
        result = { ok: false, errors: ['The file could not be read.'] };
      }
    }
    if (ticket !== reading.current) return;
    setIncoming(result.ok ? { kind: 'preview', fileName: file.name, data: result.data } : { kind: 'refused', fileName: file.name, errors: result.errors });
  };

  const confirmImport = async (data: Transferable) => {
    begin();
    setBusy(true);
    let settingsSaved = false;
    try {
      await saveSettings(data.settings);
      settingsSaved = true;
      await saveHistory(data.history);
      setIncoming({ kind: 'idle' });
      setStatus('Imported.');
    } catch (error) {
      setFailure(settingsSaved ? `Your settings were imported, but the history could not be saved: ${String(error)}` : `Nothing was imported: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const confirmReset = async (what: Exclude<Confirming, null>) => {
    begin();
    setBusy(true);
    try {
      if (what === 'reset') {
        await saveSettings({ ...DEFAULT_SETTINGS, safetyAcknowledged: settings.safetyAcknowledged });
        setStatus('Settings reset to their defaults.');
      } else {
        await saveHistory({ events: [], days: [] });
        setStatus('History cleared.');
      }
      setConfirming(null);
    } catch (error) {
      setFailure(`Could not ${what === 'reset' ? 'reset your settings' : 'clear your history'}: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="hint">Everything stays on this computer. Export a file to keep a copy or to move Desk Reset to another browser.</p>

      <div class="actions">
        <button type="button" onClick={exportData}>
          Export settings and history
        </button>
      </div>

      <div class="field">
        <label for="import-file">Import a file</label>
        <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint" onChange={(e) => void chooseFile(e.currentTarget)} />
        <p class="hint" id="import-file-hint">
          A file exported from Desk Reset. You will see what changes before anything is replaced.
        </p>
      </div>

      {incoming.kind === 'refused' ? (
        <div class="error" role="alert">
          <p>{incoming.fileName} was not imported; nothing changed:</p>
          <ul>
            {incoming.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {incoming.kind === 'preview' ? (
        <ImportPreview
          fileName={incoming.fileName}
          lines={describeChanges({ settings, history }, incoming.data)}
          busy={busy}
          onConfirm={() => void confirmImport(incoming.data)}
          onCancel={() => setIncoming({ kind: 'idle' })}
        />
      ) : null}

      <div class="actions">
        {confirming === 'reset' ? (
          <Confirm question="Reset all settings? Your history is kept." action="Reset" busy={busy} onConfirm={() => void confirmReset('reset')} onCancel={() => setConfirming(null)} />
        ) : (
          <button type="button" onClick={() => ask('reset')}>
            Reset settings to defaults
          </button>
        )}
        {confirming === 'clear' ? (
          <Confirm question="Clear all history? Your settings are kept." action="Clear history" busy={busy} onConfirm={() => void confirmReset('clear')} onCancel={() => setConfirming(null)} />
        ) : (
          <button type="button" onClick={() => ask('clear')}>
            Clear history
          </button>
        )}
      </div>

      {failure ? (
        <p class="error" role="alert">
          {failure}
        </p>
      ) : null}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}

function ImportPreview({ fileName, lines, busy, onConfirm, onCancel }: { fileName: string; lines: string[]; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="notice" role="group" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" tabIndex={-1} ref={heading}>
        Importing {fileName} would change
      </h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          Replace my settings and history
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** An inline yes/no in place of the button that asked; focus moves to the safe answer. */
function Confirm({ question, action, busy, onConfirm, onCancel }: { question: string; action: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="notice" role="group" aria-label={question}>
      <p>{question}</p>
      <div class="actions">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          {action}
        </button>
        <button type="button" ref={cancel} disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
