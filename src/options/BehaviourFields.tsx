import { described, Field } from '../ui/Field';
import type { Draft, Errors } from './draft';

interface Props {
  draft: Draft;
  errors: Errors;
  update: (patch: Partial<Draft>) => void;
}

export function BehaviourFields({ draft, errors, update }: Props) {
  return (
    <section aria-labelledby="behaviour-title" id="behaviour">
      <h2 id="behaviour-title">Behaviour</h2>
      <label class="check">
        <input type="checkbox" checked={draft.openDrillAutomatically} onChange={(e) => update({ openDrillAutomatically: e.currentTarget.checked })} />
        Open the drill by itself when a break is due (otherwise only a notification)
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.soundCues} onChange={(e) => update({ soundCues: e.currentTarget.checked })} />
        Sound cues for each phase of the guided timer
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.showBadge} onChange={(e) => update({ showBadge: e.currentTarget.checked })} />
        Show minutes to the next break on the toolbar icon
      </label>
      <fieldset>
        <legend>Routines from the desk-worker plan, on working days</legend>
        <label class="check">
          <input type="checkbox" checked={draft.morningRoutine} onChange={(e) => update({ morningRoutine: e.currentTarget.checked })} />
          Morning mobility (upper-back extension, band pull-aparts)
        </label>
        <Field id="morning-time" label="Morning routine at" error={errors.morningTime}>
          <input id="morning-time" type="time" value={draft.morningTime} disabled={!draft.morningRoutine}
            {...described('morning-time', false, errors.morningTime)} onInput={(e) => update({ morningTime: e.currentTarget.value })} />
        </Field>
        <label class="check">
          <input type="checkbox" checked={draft.eveningRoutine} onChange={(e) => update({ eveningRoutine: e.currentTarget.checked })} />
          Evening wind-down (child’s pose with side reach, dead hang)
        </label>
        <Field id="evening-time" label="Evening routine at" error={errors.eveningTime}>
          <input id="evening-time" type="time" value={draft.eveningTime} disabled={!draft.eveningRoutine}
            {...described('evening-time', false, errors.eveningTime)} onInput={(e) => update({ eveningTime: e.currentTarget.value })} />
        </Field>
        <p class="hint">Without the equipment or the floor space, each routine uses a stand-in drill.</p>
      </fieldset>
    </section>
  );
}
