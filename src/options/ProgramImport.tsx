import { useRef, useState } from 'preact/hooks';
import { msg, type Msg } from '../core/i18n';
import { clashes, parseProgram, PROGRAM_LIMIT, type Clash, type Program, type ProgramResult } from '../core/program';
import { redrawPictures } from './redraw';
import { sizeProblem } from '../core/transfer';
import { t, tm } from '../platform/i18n';
import { writeFailure } from '../platform/live';
import { importProgram } from '../platform/program';
import { useDrills } from '../ui/drills';
import { ProgramPreview } from './ProgramPreview';
import { ProgramOutcome } from './ProgramOutcome';

// Importing a program file: read and checked whole, shown, and written only when the user says
// so, all of it or nothing.

type Reading = { kind: 'idle' } | { kind: 'refused'; fileName: string; errors: Msg[] } | { kind: 'preview'; fileName: string; program: Program };

export function ProgramImport() {
  const drills = useDrills();
  const [reading, setReading] = useState<Reading>({ kind: 'idle' });
  const [clash, setClash] = useState<Clash>('both');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  // A later choice of file wins over an earlier one still being read.
  const ticket = useRef(0);

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    setStatus('');
    setFailure('');
    const mine = ++ticket.current;
    const tooBig = sizeProblem(file.size, PROGRAM_LIMIT);
    let result: ProgramResult;
    if (tooBig) result = { ok: false, errors: [tooBig] };
    else {
      try {
        result = parseProgram(await file.text());
      } catch {
        result = { ok: false, errors: [msg('import_read_failed')] };
      }
    }
    if (mine !== ticket.current) return;
    setClash('both');
    setReading(result.ok ? { kind: 'preview', fileName: file.name, program: { drills: result.drills, catalog: result.catalog } } : { kind: 'refused', fileName: file.name, errors: result.errors });
  };

  const confirm = async (program: Program) => {
    setStatus('');
    setFailure('');
    setBusy(true);
    const redrawn = await redrawPictures(program.drills);
    if (!redrawn.ok) {
      setBusy(false);
      return setFailure(t('prog_import_failed', [t('prog_picture_unreadable', [redrawn.name])]));
    }
    const result = await importProgram({ ...program, drills: redrawn.drills }, clash, Date.now()).catch((error: unknown) => ({ ok: false as const, error, partial: false }));
    setBusy(false);
    if (result.ok) {
      setReading({ kind: 'idle' });
      setStatus(t('prog_imported', [String(result.written), String(result.catalog), String(result.skipped)]));
    } else if ('refused' in result) setFailure(t('prog_import_failed', [tm(result.refused)]));
    else setFailure(t(result.partial ? 'prog_import_partial' : 'prog_import_failed', [writeFailure(result.error)]));
  };

  const ownNames = (drills ?? []).flatMap((d) => (d.own?.source === 'own' ? [{ name: d.own.text.name }] : []));

  return (
    <fieldset>
      <legend>{t('prog_import_legend')}</legend>
      <div class="field">
        <label for="program-file">{t('prog_import_label')}</label>
        <input id="program-file" data-testid="program-file" type="file" accept=".json,application/json" aria-describedby="program-file-hint" onChange={(e) => void chooseFile(e.currentTarget)} />
        <p class="hint" id="program-file-hint">
          {t('prog_import_hint')}
        </p>
      </div>
      {reading.kind === 'refused' ? (
        <div class="error" role="alert" data-testid="program-refused">
          <p>{t('prog_refused', [reading.fileName])}</p>
          <ul>
            {reading.errors.map((error, i) => (
              <li key={i}>{tm(error)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reading.kind === 'preview' ? (
        <ProgramPreview
          fileName={reading.fileName}
          program={reading.program}
          clashing={clashes(ownNames, reading.program.drills)}
          clash={clash}
          onClash={setClash}
          busy={busy}
          onImport={() => void confirm(reading.program)}
          onCancel={() => setReading({ kind: 'idle' })}
        />
      ) : null}
      <ProgramOutcome problem={failure} status={status} testid="program-import-status" />
    </fieldset>
  );
}
