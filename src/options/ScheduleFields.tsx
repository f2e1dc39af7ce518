import { HEADS_UP_CHOICES, type Settings } from '../core/settings';
import type { State } from '../core/state';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { PostureFields } from './PostureFields';
import { UpcomingBreaks } from './UpcomingBreaks';
import { IntervalField, WorkDaysField, WorkHoursField, type FieldProps } from './WorkWeekFields';

interface Props extends FieldProps {
  /** The settings as they would be saved now, for the preview of the next breaks. */
  preview: Settings;
  state: State | null;
}

export function ScheduleFields({ draft, errors, update, preview, state, locked }: Props) {
  return (
    <section aria-labelledby="schedule-title" id="schedule">
      <h2 id="schedule-title">{t('nav_schedule')}</h2>
      <UpcomingBreaks state={state} preview={preview} />
      <IntervalField draft={draft} errors={errors} update={update} locked={locked} />
      <WorkDaysField draft={draft} errors={errors} update={update} locked={locked} />
      <WorkHoursField draft={draft} errors={errors} update={update} locked={locked} />
      <Field id="heads-up" label={t('headsup_label')} error={errors.headsUpMinutes}>
        <select id="heads-up" value={draft.headsUpMinutes} onChange={(e) => update({ headsUpMinutes: e.currentTarget.value })}>
          {HEADS_UP_CHOICES.map((m) => (
            <option key={m} value={String(m)}>{m === 0 ? t('headsup_off') : t('headsup_n', [String(m)])}</option>
          ))}
        </select>
      </Field>
      <Field id="idle" label={t('idle_label')} hint={t('idle_hint')} error={errors.idleMinutes} locked={locked.has('idleMinutes')}>
        <input id="idle" type="number" inputMode="numeric" min={1} max={60} value={draft.idleMinutes} disabled={locked.has('idleMinutes')}
          {...described('idle', true, errors.idleMinutes, locked.has('idleMinutes'))} onInput={(e) => update({ idleMinutes: e.currentTarget.value })} />
      </Field>
      <Field id="snooze" label={t('snooze_label')} hint={t('snooze_hint')} error={errors.snoozeMinutes} locked={locked.has('snoozeMinutes')}>
        <input id="snooze" type="text" inputMode="numeric" value={draft.snoozeMinutes} disabled={locked.has('snoozeMinutes')}
          {...described('snooze', true, errors.snoozeMinutes, locked.has('snoozeMinutes'))} onInput={(e) => update({ snoozeMinutes: e.currentTarget.value })} />
      </Field>
      <Field id="snooze-cap" label={t('snoozecap_label')} error={errors.snoozeCap} locked={locked.has('snoozeCap')}>
        <input id="snooze-cap" type="number" inputMode="numeric" min={0} max={10} value={draft.snoozeCap} disabled={locked.has('snoozeCap')}
          {...described('snooze-cap', false, errors.snoozeCap, locked.has('snoozeCap'))} onInput={(e) => update({ snoozeCap: e.currentTarget.value })} />
      </Field>
      <PostureFields draft={draft} errors={errors} update={update} locked={locked} />
    </section>
  );
}
