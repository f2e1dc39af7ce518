import { Fragment } from 'preact';
import { routineMinutes, routinePlan, type RoutineKind } from '../core/routines';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { CallHoldField } from './CallHoldField';
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
      <label class="check">
        <input type="checkbox" checked={draft.weeklyCheckIn} disabled={locked.has('weeklyCheckIn')} onChange={(e) => update({ weeklyCheckIn: e.currentTarget.checked })} />
        {t('checkin_setting')}
      </label>
      <HoldFields draft={draft} errors={errors} update={update} locked={locked} />
      <RoutineFields draft={draft} errors={errors} update={update} locked={locked} />
    </section>
  );
}

/** When a break waits for the user to finish presenting or a call, and how long at most. */
function HoldFields({ draft, errors, update, locked }: Props) {
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
      <CallHoldField draft={draft} update={update} locked={locked} />
      <Field id="hold-cap" label={t('hold_cap_label')} hint={t('hold_cap_hint')} error={errors.holdCapMinutes}>
        <input id="hold-cap" type="number" inputMode="numeric" min={5} max={240} value={draft.holdCapMinutes}
          {...described('hold-cap', true, errors.holdCapMinutes)} onInput={(e) => update({ holdCapMinutes: e.currentTarget.value })} />
      </Field>
    </fieldset>
  );
}

/** The settings of each routine: whether it comes, and when. */
const ROUTINE_FIELDS = {
  morning: { on: 'morningRoutine', at: 'morningTime' },
  evening: { on: 'eveningRoutine', at: 'eveningTime' },
} as const satisfies Record<RoutineKind, { on: SettingsKey; at: SettingsKey }>;

/** The morning and evening routines, each with its time and how long it runs with the kit chosen. */
export function RoutineFields({ draft, errors, update, locked }: Props) {
  return (
    <fieldset>
      <legend>{t('routines_legend')}</legend>
      {(['morning', 'evening'] as const).map((kind) => {
        const { on, at } = ROUTINE_FIELDS[kind];
        return (
          <Fragment key={kind}>
            <label class="check">
              <input type="checkbox" checked={draft[on]} disabled={locked.has(on)} aria-describedby={locked.has(on) ? `${kind}-length ${kind}-locked` : `${kind}-length`}
                onChange={(e) => update({ [on]: e.currentTarget.checked })} />
              {t(`routine_${kind}_check`)}
            </label>
            {locked.has(on) ? <LockedNote id={`${kind}-locked`} /> : null}
            <RoutineLength kind={kind} draft={draft} />
            <Field id={`${kind}-time`} label={t(`routine_${kind}_at`)} error={errors[at]} locked={locked.has(at)}>
              <input id={`${kind}-time`} type="time" value={draft[at]} disabled={!draft[on] || locked.has(at)}
                {...described(`${kind}-time`, false, errors[at], locked.has(at))} onInput={(e) => update({ [at]: e.currentTarget.value })} />
            </Field>
          </Fragment>
        );
      })}
      <p class="hint">{t('routines_hint')}</p>
    </fieldset>
  );
}
