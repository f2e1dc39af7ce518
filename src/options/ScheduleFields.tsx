import { upcomingBreaks } from '../core/schedule';
import { HEADS_UP_CHOICES, type Settings } from '../core/settings';
import type { State } from '../core/state';
import { sendCommand } from '../platform/messages';
import { t, tm } from '../platform/i18n';
import { describeUpcoming, describeWhen, weekdayName } from '../ui/format';
import { useNow } from '../ui/hooks';
import { described, Field } from '../ui/Field';
import type { Draft, Errors } from './draft';

interface Props {
  draft: Draft;
  errors: Errors;
  update: (patch: Partial<Draft>) => void;
  /** The settings as they would be saved now, for the preview of the next breaks. */
  preview: Settings;
  state: State | null;
}

/** Monday first; 2026-03-01 was a Sunday, so day d of that week has Date#getDay() === d. */
const DAYS = [1, 2, 3, 4, 5, 6, 0];
const dayName = (day: number) => weekdayName(new Date(2026, 2, 1 + day).getTime());

export function ScheduleFields({ draft, errors, update, preview, state }: Props) {
  const now = useNow(30_000);
  const upcoming = state ? upcomingBreaks({ ...state, pending: null }, preview, now) : [];
  const setRange = (i: number, key: 'start' | 'end', value: string) =>
    update({ workHours: draft.workHours.map((r, j) => (j === i ? { ...r, [key]: value } : r)) });
  return (
    <section aria-labelledby="schedule-title" id="schedule">
      <h2 id="schedule-title">{t('nav_schedule')}</h2>
      <p class="notice" data-testid="upcoming" aria-live="polite">
        {state?.pause ? (
          <>
            {state.pause.until === null ? t('paused_resume_long') : t('paused_until_long', [describeWhen(state.pause.until, now)])}{' '}
            <button type="button" class="small" onClick={() => void sendCommand({ type: 'resume' })}>{t('resume')}</button>
          </>
        ) : upcoming.length ? (
          t('upcoming', [describeUpcoming(upcoming, now)])
        ) : (
          t('upcoming_none')
        )}
      </p>
      <Field id="interval" label={t('interval_label')} hint={t('interval_hint')} error={errors.intervalMinutes}>
        <input id="interval" type="number" inputMode="numeric" min={15} max={240} value={draft.intervalMinutes}
          {...described('interval', true, errors.intervalMinutes)} onInput={(e) => update({ intervalMinutes: e.currentTarget.value })} />
      </Field>

      <fieldset aria-describedby={errors.workDays ? 'days-error' : undefined}>
        <legend>{t('workdays_legend')}</legend>
        <div class="days">
          {DAYS.map((day) => (
            <label key={day} class="check">
              <input type="checkbox" checked={draft.workDays.includes(day)}
                onChange={(e) => update({ workDays: e.currentTarget.checked ? [...draft.workDays, day] : draft.workDays.filter((d) => d !== day) })} />
              {dayName(day)}
            </label>
          ))}
        </div>
        {errors.workDays ? <p id="days-error" class="error" role="alert">{tm(errors.workDays)}</p> : null}
      </fieldset>

      <fieldset aria-describedby={errors.workHours ? 'hours-error' : 'hours-hint'}>
        <legend>{t('hours_legend')}</legend>
        <p class="hint" id="hours-hint">{t('hours_hint')}</p>
        {draft.workHours.map((range, i) => (
          <div class="range" key={i}>
            <label class="inline">
              {t('period_from')} <input type="time" aria-label={t('period_starts', [String(i + 1)])} value={range.start} onInput={(e) => setRange(i, 'start', e.currentTarget.value)} />
            </label>
            <label class="inline">
              {t('period_to')} <input type="time" aria-label={t('period_ends', [String(i + 1)])} value={range.end === '24:00' ? '23:59' : range.end}
                onInput={(e) => setRange(i, 'end', e.currentTarget.value === '23:59' ? '24:00' : e.currentTarget.value)} />
            </label>
            {draft.workHours.length > 1 ? (
              <button type="button" class="small" aria-label={t('period_remove', [String(i + 1)])} onClick={() => update({ workHours: draft.workHours.filter((_, j) => j !== i) })}>
                {t('remove')}
              </button>
            ) : null}
          </div>
        ))}
        {draft.workHours.length < 6 ? (
          <button type="button" class="small" onClick={() => update({ workHours: [...draft.workHours, { start: '13:00', end: '17:30' }] })}>
            {t('period_add')}
          </button>
        ) : null}
        {errors.workHours ? <p id="hours-error" class="error" role="alert">{tm(errors.workHours)}</p> : null}
      </fieldset>

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
