import { useState } from 'preact/hooks';
import { isCatalogId } from '../core/catalog/ids';
import { LADDERS } from '../core/catalog/ladders';
import { drillName, type Drill } from '../core/drill';
import { levelOf, NO_LEVELS, type LevelStore } from '../core/levels';
import { buildProgram, programFileName } from '../core/program';
import type { CatalogPick } from '../core/program-catalog';
import { t } from '../platform/i18n';
import { loadOwnDrillsWithPictures } from '../platform/program';
import { useDrills } from '../ui/drills';
import { levelsStore, useLevels } from '../ui/use-levels';
import { ProgramOutcome } from './ProgramOutcome';

// Choosing the drills of a program file and saving it: the user's own drills (an organisation's
// come by policy to each computer and are not handed on) and built-in ones at the user's level.

/** Saves `text` as a download named `name`, through a link that is gone once clicked. */
export function downloadFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Level 3 of 5" of a built-in drill at the user's level. */
export function levelWords(id: string, rung: number): string {
  const ladder = isCatalogId(id) ? LADDERS[id] : undefined;
  return ladder ? t('level_of', [String(rung + 1), String(ladder.rungs.length)]) : '';
}

function Choice({ drill, label, checked, onChange }: { drill: Drill; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" name="program-drill" value={drill.id} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

export function ProgramExport() {
  const drills = useDrills();
  const levels = useLevels();
  // Unset until the user changes it: every own drill, no built-in one.
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  if (!drills) return null;
  const own = drills.filter((d) => d.own?.source === 'own');
  const builtIn = drills.filter((d) => !d.own);
  const selected = chosen ?? new Set(own.map((d) => d.id));
  // Built-in drills only: their level is a rung of the catalog's ladder, the same on every computer.
  const level = (d: Drill, store: LevelStore | null) => (isCatalogId(d.id) ? levelOf(store ?? NO_LEVELS, d.id).rung : 0);
  const choose = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const save = async () => {
    setStatus('');
    setProblem('');
    if (selected.size === 0) return setProblem(t('prog_choose_some'));
    try {
      const current = levels ?? (await levelsStore().ready);
      const ownDrills = (await loadOwnDrillsWithPictures()).filter((d) => selected.has(d.id));
      const catalog: CatalogPick[] = builtIn.flatMap((d) => (isCatalogId(d.id) && selected.has(d.id) ? [{ id: d.id, level: level(d, current) }] : []));
      const now = Date.now();
      const name = programFileName(now);
      downloadFile(buildProgram(ownDrills, catalog), name);
      setStatus(t('prog_exported', [name]));
    } catch (error) {
      setProblem(t('prog_export_failed', [String(error)]));
    }
  };

  return (
    <fieldset>
      <legend>{t('prog_export_legend')}</legend>
      <p class="hint">{t('prog_export_hint')}</p>
      <div class="actions">
        <button type="button" onClick={() => setChosen(new Set(drills.filter((d) => d.own?.source !== 'org').map((d) => d.id)))}>
          {t('prog_select_all')}
        </button>
        <button type="button" onClick={() => setChosen(new Set())}>
          {t('prog_select_none')}
        </button>
      </div>
      <div role="group" aria-labelledby="program-own-title">
        <h4 id="program-own-title">{t('prog_own_drills')}</h4>
        {own.length === 0 ? <p class="hint">{t('prog_no_own')}</p> : own.map((d) => <Choice key={d.id} drill={d} label={drillName(d, t)} checked={selected.has(d.id)} onChange={(on) => choose(d.id, on)} />)}
      </div>
      <div role="group" aria-labelledby="program-builtin-title">
        <h4 id="program-builtin-title">{t('prog_builtin_drills')}</h4>
        {builtIn.map((d) => (
          <Choice key={d.id} drill={d} label={`${drillName(d, t)} · ${levelWords(d.id, level(d, levels))}`} checked={selected.has(d.id)} onChange={(on) => choose(d.id, on)} />
        ))}
      </div>
      <div class="actions">
        <button type="button" data-testid="program-export" onClick={() => void save()}>
          {t('prog_export')}
        </button>
      </div>
      <ProgramOutcome problem={problem} status={status} testid="program-export-status" />
    </fieldset>
  );
}
