import { useEffect, useRef } from 'preact/hooks';
import { LADDERS } from '../core/catalog/ladders';
import { describeDose } from '../core/dose-text';
import { drillName } from '../core/drill';
import type { Clash, Program, ProgramDrill } from '../core/program';
import { t, tm } from '../platform/i18n';
import { DrillIllustration, illustrationFor } from '../ui/illustration';
import { levelWords } from './ProgramExport';

// What a program file holds, before anything is written: each drill with its dose and picture
// (or the figure that draws it), each built-in drill at its level, and what to do when a drill's
// name is one the user already has. Everything from the file is shown as text or as a picture of
// a type the file check already took (PNG, JPEG, WebP), never as markup.

const THUMB = 64;

function Thumbnail({ drill }: { drill: ProgramDrill }) {
  if (drill.picture !== null) return <img data-testid="program-picture" src={drill.picture} alt={t('prog_picture_alt', [drill.name])} width={THUMB} height={THUMB} />;
  const figure = drill.figure === null ? undefined : illustrationFor(drill.figure);
  return figure ? <DrillIllustration illustration={figure} label={t('prog_figure_alt', [drill.name])} size={THUMB} /> : null;
}

const CLASH_CHOICES: { value: Clash; label: string }[] = [
  { value: 'replace', label: 'prog_clash_replace' },
  { value: 'both', label: 'prog_clash_both' },
  { value: 'skip', label: 'prog_clash_skip' },
];

interface Props {
  fileName: string;
  program: Program;
  /** The names of the program's drills that the user's own drills already have. */
  clashing: string[];
  clash: Clash;
  onClash: (clash: Clash) => void;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}

export function ProgramPreview({ fileName, program, clashing, clash, onClash, busy, onImport, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="notice" role="group" aria-labelledby="program-preview-title" data-testid="program-preview">
      <h4 id="program-preview-title" tabIndex={-1} ref={heading}>
        {t('prog_preview_title', [fileName])}
      </h4>
      {program.drills.length > 0 ? (
        <ul aria-label={t('prog_own_drills')}>
          {program.drills.map((d, i) => (
            <li key={i} class="check" data-testid="program-drill">
              <Thumbnail drill={d} />
              <span>
                <strong>{d.name}</strong> · {tm(describeDose(d.dose))}
                <br />
                <span class="hint">{d.purpose}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {program.catalog.length > 0 ? (
        <>
          <p>{t('prog_builtin_note')}</p>
          <ul aria-label={t('prog_builtin_drills')}>
            {program.catalog.map((pick) => (
              <li key={pick.id} data-testid="program-builtin">
                <strong>{drillName(pick.id, t)}</strong> · {levelWords(pick.id, pick.level)} · {tm(describeDose(LADDERS[pick.id].rungs[pick.level]!.dose))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {clashing.length > 0 ? (
        <fieldset data-testid="program-clash">
          <legend>{t('prog_clash_legend', [clashing.join(', ')])}</legend>
          {CLASH_CHOICES.map((c) => (
            <label key={c.value} class="check">
              <input type="radio" name="program-clash" value={c.value} checked={clash === c.value} disabled={busy} onChange={() => onClash(c.value)} />
              {t(c.label)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="actions">
        <button type="button" class="primary" data-testid="program-import" disabled={busy} onClick={onImport}>
          {t('prog_import')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('data_cancel')}
        </button>
      </div>
    </div>
  );
}
