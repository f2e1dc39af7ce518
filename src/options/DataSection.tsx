import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { HistoryStore } from '../core/history';
import { buildExport, exportFileName, parseImport, serializeExport, sizeProblem, type ImportResult, type Transferable } from '../core/transfer';
import { describeChanges } from '../core/transfer-preview';
import { msg, type Msg } from '../core/i18n';
import { t, tm } from '../platform/i18n';
import { clearHistory, importData, ImportRefused, resetSettings } from '../platform/data';
import { redrawPictures } from './redraw';
import { loadOwnDrillsWithPictures } from '../platform/program';
import { useDrills } from '../ui/drills';
import { writeFailure } from '../platform/live';
import { levelsStore, useLevels } from '../ui/use-levels';
import { Confirm, ImportPreview } from './DataConfirm';
import { downloadFile } from './ProgramExport';
import { ProgramSection } from './ProgramSection';
import type { CheckIn } from '../core/checkin';
import { loadCheckIns } from '../platform/checkins';

interface Props {
  settings: Settings;
  history: HistoryStore;
}

/** What the import part shows: nothing yet, why a file was refused, or what a good file would change. */
/** `checkIns`: this computer's weekly check-ins, for the preview to say what the file would change. */
type Import = { kind: 'idle' } | { kind: 'refused'; fileName: string; errors: Msg[] } | { kind: 'preview'; fileName: string; data: Transferable; checkIns: CheckIn[] };
type Confirming = 'reset' | 'clear' | null;

/** Export, import and reset of the user's settings, history and drill levels. File content is only ever shown as text. */
export function DataSection({ settings, history }: Props) {
  const levels = useLevels();
  const drills = useDrills();
  const [incoming, setIncoming] = useState<Import>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<Confirming>(null);
  // Off each time the question is asked: levels start over only when the user says so then.
  const [levelsToo, setLevelsToo] = useState(false);
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
    setLevelsToo(false);
    setConfirming(what);
  };

  const exportData = async () => {
    begin();
    // Levels are read by the time anyone can click; if not, the file waits for them rather than leave them out.
    const current = levels ?? (await levelsStore().ready);
    // With the pictures stored on this computer: a drill written elsewhere has none here.
    const ownDrills = await loadOwnDrillsWithPictures();
    const now = Date.now();
    const name = exportFileName(now);
    downloadFile(serializeExport(buildExport(settings, history, current, now, ownDrills, await loadCheckIns())), name);
    setStatus(t('data_exported', [name]));
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
    const checkIns = result.ok ? await loadCheckIns() : [];
    if (ticket !== reading.current) return;
    setIncoming(result.ok ? { kind: 'preview', fileName: file.name, data: result.data, checkIns } : { kind: 'refused', fileName: file.name, errors: result.errors });
  };

  const confirmImport = async (data: Transferable) => {
    begin();
    setBusy(true);
    const redrawn = await redrawPictures(data.ownDrills ?? []);
    if (!redrawn.ok) {
      setBusy(false);
      return setFailure(t('data_import_failed', [t('prog_picture_unreadable', [redrawn.name])]));
    }
    const failed = await importData(data.ownDrills ? { ...data, ownDrills: redrawn.drills } : data, Date.now());
    setBusy(false);
    if (!failed) {
      setIncoming({ kind: 'idle' });
      setStatus(t('data_imported'));
    } else setFailure(t(failed.partial ? 'data_import_partial' : 'data_import_failed', [failed.error instanceof ImportRefused ? tm(failed.error.reason) : writeFailure(failed.error)]));
  };

  const confirmReset = async (what: Exclude<Confirming, null>) => {
    begin();
    setBusy(true);
    try {
      if (what === 'reset') {
        await resetSettings();
        setStatus(t('data_reset_done'));
      } else {
        await clearHistory(levelsToo);
        setStatus(t(levelsToo ? 'data_cleared_levels' : 'data_cleared'));
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
        <button type="button" onClick={() => void exportData()}>
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

      {incoming.kind === 'preview' && levels ? (
        <ImportPreview
          fileName={incoming.fileName}
          lines={describeChanges({ settings, history, levels, checkIns: incoming.checkIns }, incoming.data, (drills ?? []).flatMap((d) => (d.own?.source === 'own' ? [d.id] : []))).map(tm)}
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
          <Confirm question={t('data_clear_question')} action={t('data_clear_history')} busy={busy} onConfirm={() => void confirmReset('clear')} onCancel={() => setConfirming(null)}>
            <label class="check">
              <input type="checkbox" checked={levelsToo} disabled={busy} onChange={(e) => setLevelsToo(e.currentTarget.checked)} />
              {t('data_clear_levels')}
            </label>
          </Confirm>
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

      <ProgramSection />
    </section>
  );
}
