import { HEADS_UP_CHOICES, type Settings } from '../core/settings';
import type { State } from '../core/state';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { UpcomingBreaks } from './UpcomingBreaks';
import { IntervalField, WorkDaysField, WorkHoursField, type FieldProps } from './WorkWeekFields';

interface Props extends FieldProps {
  /** The settings as they would be saved now, for the preview of the next breaks. */
  preview: Settings;
  state: State | null;
}

export function ScheduleFields({ draft, errors, update, preview, state }: Props) {
  return (
    <section aria-labelledby="schedule-title" id="schedule">
      <h2 id="schedule-title">{t('nav_schedule')}</h2>
      <UpcomingBreaks state={state} preview={preview} />
      <IntervalField draft={draft} errors={errors} update={update} />
      <WorkDaysField draft={draft} errors={errors} update={update} />
      <WorkHoursField draft={draft} errors={errors} update={update} />
      <Field id="heads-up" label={t('headsup_label')} error={errors.headsUpMinutes}>
        <select id="heads-up" value={draft.headsUpMinutes} onChange={(e) => update({ headsUpMinutes: e.currentTarget.value })}>
          {HEADS_UP_CHOICES.map((m) => (
            <option key={m} value={String(m)}>{m === 0 ? t('headsup_off') : t('headsup_n', [String(m)])}</option>
          ))}
        </select>
      </Field>
      <Field id="idle" label={t('idle_label')} hint={t('idle_hint')} error={errors.idleMinutes}>
        <input id="idle" type="number" inputMode="numeric" min={1} max={60} value={draft.idleMinutes}
          {...described('idle', true, errors.idleMinutes)} onInput={(e) => update({ idleMinutes: e.currentTarget.value })} />
      </Field>
      <Field id="snooze" label={t('snooze_label')} hint={t('snooze_hint')} error={errors.snoozeMinutes}>
        <input id="snooze" type="text" inputMode="numeric" value={draft.snoozeMinutes}
          {...described('snooze', true, errors.snoozeMinutes)} onInput={(e) => update({ snoozeMinutes: e.currentTarget.value })} />
      </Field>
      <Field id="snooze-cap" label={t('snoozecap_label')} error={errors.snoozeCap}>
        <input id="snooze-cap" type="number" inputMode="numeric" min={0} max={10} value={draft.snoozeCap}
          {...described('snooze-cap', false, errors.snoozeCap)} onInput={(e) => update({ snoozeCap: e.currentTarget.value })} />
      </Field>
    </section>
  );
}
