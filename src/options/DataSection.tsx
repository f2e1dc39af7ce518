import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { HistoryStore } from '../core/history';
import { buildExport, exportFileName, parseImport, serializeExport, sizeProblem, type ImportResult, type Transferable } from '../core/transfer';
import { describeChanges } from '../core/transfer-preview';
import { msg, type Msg } from '../core/i18n';
import { t, tm } from '../platform/i18n';
import { importData, resetSettings } from '../platform/data';
import { writeFailure } from '../platform/live';
import { saveHistory } from '../platform/storage';

interface Props {
  settings: Settings;
  history: HistoryStore;
}

/** What the import part shows: nothing yet, why a file was refused, or what a good file would change. */
type Import = { kind: 'idle' } | { kind: 'refused'; fileName: string; errors: Msg[] } | { kind: 'preview'; fileName: string; data: Transferable };
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
    const json = serializeExport(buildExport(settings, history, now));
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
    setStatus(t('data_exported', [link.download]));
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
        result = parseImport(await file.text(), Date.now());
      } catch {
        result = { ok: false, errors: [msg('import_read_failed')] };
      }
    }
    if (ticket !== reading.current) return;
    setIncoming(result.ok ? { kind: 'preview', fileName: file.name, data: result.data } : { kind: 'refused', fileName: file.name, errors: result.errors });
  };

  const confirmImport = async (data: Transferable) => {
    begin();
    setBusy(true);
    const failed = await importData(data, Date.now());
    setBusy(false);
    if (!failed) {
      setIncoming({ kind: 'idle' });
      setStatus(t('data_imported'));
    } else setFailure(t(failed.partial ? 'data_import_partial' : 'data_import_failed', [writeFailure(failed.error)]));
  };

  const confirmReset = async (what: Exclude<Confirming, null>) => {
    begin();
    setBusy(true);
    try {
      if (what === 'reset') {
        await resetSettings();
        setStatus(t('data_reset_done'));
      } else {
        await saveHistory({ events: [], days: [] });
        setStatus(t('data_cleared'));
      }
      setConfirming(null);
    } catch (error) {
      setFailure(t(what === 'reset' ? 'data_reset_failed' : 'data_clear_failed', [writeFailure(error)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('data_title')}</h2>
      <p class="hint">{t('data_intro')}</p>

      <div class="actions">
        <button type="button" onClick={exportData}>
          {t('data_export')}
        </button>
      </div>

      <div class="field">
        <label for="import-file">{t('data_import_label')}</label>
        <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint" onChange={(e) => void chooseFile(e.currentTarget)} />
        <p class="hint" id="import-file-hint">
          {t('data_import_hint')}
        </p>
      </div>

      {incoming.kind === 'refused' ? (
        <div class="error" role="alert">
          <p>{t('data_refused', [incoming.fileName])}</p>
          <ul>
            {incoming.errors.map((error, i) => (
              <li key={i}>{tm(error)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {incoming.kind === 'preview' ? (
        <ImportPreview
          fileName={incoming.fileName}
          lines={describeChanges({ settings, history }, incoming.data).map(tm)}
          busy={busy}
          onConfirm={() => void confirmImport(incoming.data)}
          onCancel={() => setIncoming({ kind: 'idle' })}
        />
      ) : null}

      <div class="actions">
        {confirming === 'reset' ? (
          <Confirm question={t('data_reset_question')} action={t('data_reset_confirm')} busy={busy} onConfirm={() => void confirmReset('reset')} onCancel={() => setConfirming(null)} />
        ) : (
          <button type="button" onClick={() => ask('reset')}>
            {t('data_reset_button')}
          </button>
        )}
        {confirming === 'clear' ? (
          <Confirm question={t('data_clear_question')} action={t('data_clear_history')} busy={busy} onConfirm={() => void confirmReset('clear')} onCancel={() => setConfirming(null)} />
        ) : (
          <button type="button" onClick={() => ask('clear')}>
            {t('data_clear_history')}
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
        {t('data_preview_title', [fileName])}
      </h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {t('data_replace')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('data_cancel')}
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
          {t('data_cancel')}
        </button>
      </div>
    </div>
  );
}
