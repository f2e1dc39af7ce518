import { routineMinutes, routinePlan, type RoutineKind } from '../core/routines';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import type { Draft } from './draft';
import type { SettingsKey } from '../core/settings';
import { LockedNote, type FieldProps } from './WorkWeekFields';

type Props = FieldProps;

/** How long the routine runs with the kit and space chosen on this page, before it is saved. */
function RoutineLength({ kind, draft }: { kind: RoutineKind; draft: Draft }) {
  const minutes = routineMinutes(routinePlan(kind, draft));
  return <p class="hint" id={`${kind}-length`}>{minutes > 0 ? t('routine_length_here', [String(minutes)]) : t('routine_nothing_body')}</p>;
}

export function BehaviourFields({ draft, errors, update, locked }: Props) {
  return (
    <section aria-labelledby="behaviour-title" id="behaviour">
      <h2 id="behaviour-title">{t('behaviour_title')}</h2>
      <label class="check">
        <input type="checkbox" checked={draft.openDrillAutomatically} onChange={(e) => update({ openDrillAutomatically: e.currentTarget.checked })} />
        {t('open_auto')}
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.soundCues} onChange={(e) => update({ soundCues: e.currentTarget.checked })} />
        {t('sound_cues')}
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.showBadge} onChange={(e) => update({ showBadge: e.currentTarget.checked })} />
        {t('badge_countdown')}
      </label>
      <HoldFields draft={draft} errors={errors} update={update} locked={locked} />
      <RoutineFields draft={draft} errors={errors} update={update} locked={locked} />
    </section>
  );
}

/** When a break waits for the user to finish presenting or a call, and how long at most. */
function HoldFields({ draft, errors, update }: Props) {
  return (
    <fieldset>
      <legend>{t('hold_legend')}</legend>
      <p class="hint">{t('hold_hint')}</p>
      <label class="check">
        <input type="checkbox" checked={draft.holdForFullscreen} onChange={(e) => update({ holdForFullscreen: e.currentTarget.checked })} />
        {t('hold_fullscreen')}
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.holdForAudio} onChange={(e) => update({ holdForAudio: e.currentTarget.checked })} />
        {t('hold_audio')}
      </label>
      <Field id="hold-cap" label={t('hold_cap_label')} hint={t('hold_cap_hint')} error={errors.holdCapMinutes}>
        <input id="hold-cap" type="number" inputMode="numeric" min={5} max={240} value={draft.holdCapMinutes}
          {...described('hold-cap', true, errors.holdCapMinutes)} onInput={(e) => update({ holdCapMinutes: e.currentTarget.value })} />
      </Field>
    </fieldset>
  );
}

/** The morning and evening routines, each with its time and how long it runs with the kit chosen. */
export function RoutineFields({ draft, errors, update, locked }: Props) {
  const lockedNote = (key: SettingsKey, id: string) => (locked.has(key) ? <LockedNote id={id} /> : null);
  return (
    <fieldset>
      <legend>{t('routines_legend')}</legend>
      <label class="check">
        <input type="checkbox" checked={draft.morningRoutine} disabled={locked.has('morningRoutine')} aria-describedby={locked.has('morningRoutine') ? 'morning-length morning-locked' : 'morning-length'}
          onChange={(e) => update({ morningRoutine: e.currentTarget.checked })} />
        {t('routine_morning_check')}
      </label>
      {lockedNote('morningRoutine', 'morning-locked')}
      <RoutineLength kind="morning" draft={draft} />
      <Field id="morning-time" label={t('routine_morning_at')} error={errors.morningTime} locked={locked.has('morningTime')}>
        <input id="morning-time" type="time" value={draft.morningTime} disabled={!draft.morningRoutine || locked.has('morningTime')}
          {...described('morning-time', false, errors.morningTime, locked.has('morningTime'))} onInput={(e) => update({ morningTime: e.currentTarget.value })} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={draft.eveningRoutine} disabled={locked.has('eveningRoutine')} aria-describedby={locked.has('eveningRoutine') ? 'evening-length evening-locked' : 'evening-length'}
          onChange={(e) => update({ eveningRoutine: e.currentTarget.checked })} />
        {t('routine_evening_check')}
      </label>
      {lockedNote('eveningRoutine', 'evening-locked')}
      <RoutineLength kind="evening" draft={draft} />
      <Field id="evening-time" label={t('routine_evening_at')} error={errors.eveningTime} locked={locked.has('eveningTime')}>
        <input id="evening-time" type="time" value={draft.eveningTime} disabled={!draft.eveningRoutine || locked.has('eveningTime')}
          {...described('evening-time', false, errors.eveningTime, locked.has('eveningTime'))} onInput={(e) => update({ eveningTime: e.currentTarget.value })} />
      </Field>
      <p class="hint">{t('routines_hint')}</p>
    </fieldset>
  );
}
