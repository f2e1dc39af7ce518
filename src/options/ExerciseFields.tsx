import { CATALOG, type DrillId } from '../core/catalog';
import { useState } from 'preact/hooks';
import { CATEGORIES, describeDose, type Category, type Drill } from '../core/drill';
import { openPopupTab } from '../platform/drill-window';
import { breakSeconds, unfit } from '../core/rotation';
import { OWNABLE_EQUIPMENT, SPACES, type Space } from '../core/settings';
import { described, Field } from '../ui/Field';
import { DrillIllustration, illustrationFor } from '../ui/illustration';
import type { Draft, Errors } from './draft';

interface Props {
  draft: Draft;
  errors: Errors;
  update: (patch: Partial<Draft>) => void;
  /** The stored settings, to say why a drill is out of rotation. */
  cap: number;
}

const EQUIPMENT_NAMES: Record<(typeof OWNABLE_EQUIPMENT)[number], string> = {
  wall: 'A free wall',
  doorway: 'A doorway',
  chair: 'A chair',
  band: 'A resistance band',
  'anchored-band': 'Somewhere to anchor a band (door handle, table leg)',
  'foam-roller': 'A foam roller',
  ball: 'A massage or tennis ball',
  'pull-up-bar': 'A pull-up bar',
};
const SPACE_NAMES: Record<Space, string> = { desk: 'Seated at my desk', standing: 'Standing room', floor: 'Floor space to lie down' };

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function ExerciseFields({ draft, errors, update, cap }: Props) {
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [fitOnly, setFitOnly] = useState(false);
  const shown = CATALOG.filter((d) => (category === 'all' || d.category === category) && (!fitOnly || !['equipment', 'space', 'too long'].includes(unfit(d, { ...draft, drillCapSeconds: cap }) ?? '')));
  const setShown = (on: boolean) => {
    const ids = new Set<string>(shown.map((d) => d.id));
    update({ disabledDrills: on ? draft.disabledDrills.filter((id) => !ids.has(id)) : [...new Set([...draft.disabledDrills, ...shown.map((d) => d.id as DrillId)])] });
  };
  return (
    <section aria-labelledby="exercises-title" id="exercises">
      <h2 id="exercises-title">Exercises</h2>
      <fieldset>
        <legend>Equipment I have</legend>
        {OWNABLE_EQUIPMENT.map((e) => (
          <label key={e} class="check">
            <input type="checkbox" checked={draft.equipment.includes(e)} onChange={(ev) => update({ equipment: toggle(draft.equipment, e, ev.currentTarget.checked) })} />
            {EQUIPMENT_NAMES[e]}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={errors.spaces ? 'spaces-error' : undefined}>
        <legend>Where I take breaks</legend>
        {SPACES.map((s) => (
          <label key={s} class="check">
            <input type="checkbox" checked={draft.spaces.includes(s)} onChange={(ev) => update({ spaces: toggle(draft.spaces, s, ev.currentTarget.checked) })} />
            {SPACE_NAMES[s]}
          </label>
        ))}
        {errors.spaces ? <p id="spaces-error" class="error" role="alert">{errors.spaces}</p> : null}
      </fieldset>
      <Field id="cap" label="Longest drill at a break (seconds)" hint="30 to 300. Longer drills wait for a longer cap." error={errors.drillCapSeconds}>
        <input id="cap" type="number" inputMode="numeric" min={30} max={300} value={draft.drillCapSeconds}
          {...described('cap', true, errors.drillCapSeconds)} onInput={(e) => update({ drillCapSeconds: e.currentTarget.value })} />
      </Field>
      <fieldset aria-describedby={errors.disabledDrills ? 'drills-error' : undefined}>
        <legend>Drills in rotation</legend>
        <div class="filters">
          <label class="inline">
            Show{' '}
            <select aria-label="Show category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category | 'all')}>
              <option value="all">all categories</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>{c}</option>
              ))}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" checked={fitOnly} onChange={(e) => setFitOnly(e.currentTarget.checked)} />
            Only drills that fit my equipment and space
          </label>
          <button type="button" class="small" onClick={() => setShown(true)}>Switch on all shown</button>
          <button type="button" class="small" onClick={() => setShown(false)}>Switch off all shown</button>
        </div>
        <p class="hint" role="status">{shown.length === CATALOG.length ? `${CATALOG.length} drills.` : `${shown.length} of ${CATALOG.length} drills shown.`}</p>
        <ul class="cards">
          {shown.map((drill) => (
            <DrillCard key={drill.id} drill={drill} draft={draft} cap={cap} update={update} />
          ))}
        </ul>
        {errors.disabledDrills ? <p id="drills-error" class="error" role="alert">{errors.disabledDrills}</p> : null}
      </fieldset>
    </section>
  );
}

function DrillCard({ drill, draft, cap, update }: { drill: Drill; draft: Draft; cap: number; update: (patch: Partial<Draft>) => void }) {
  const id = drill.id as DrillId;
  const painful = draft.painfulDrills.includes(id);
  const reason = unfit(drill, { ...draft, drillCapSeconds: cap });
  const illustration = illustrationFor(drill.id);
  return (
    <li class="card" data-drill={drill.id}>
      {illustration ? <DrillIllustration illustration={illustration} label={`${drill.name}, drawn`} size={72} /> : null}
      <div>
        <label class="check">
          <input type="checkbox" checked={!draft.disabledDrills.includes(id)}
            onChange={(e) => update({ disabledDrills: toggle(draft.disabledDrills, id, !e.currentTarget.checked) })} />
          <strong>{drill.name}</strong>
        </label>
        <p class="meta">
          {drill.category} · {drill.equipment.join(', ')} · {drill.position} · {describeDose(drill.dose)} · about {breakSeconds(drill, cap)} s at a break
        </p>
        <button type="button" class="small" aria-label={`Preview ${drill.name}`} onClick={() => void openPopupTab(`preview=${drill.id}`)}>
          Preview
        </button>
        {painful ? (
          <p class="pain">
            Out of rotation: you reported pain.{' '}
            <button type="button" class="small" onClick={() => update({ painfulDrills: draft.painfulDrills.filter((d) => d !== id) })}>
              Re-enable {drill.name}
            </button>
          </p>
        ) : reason && reason !== 'disabled' ? (
          <p class="meta">Not offered now: {reason === 'equipment' ? 'needs equipment you have not ticked' : reason === 'space' ? 'needs room you have not ticked' : 'longer than your cap'}.</p>
        ) : null}
      </div>
    </li>
  );
}
