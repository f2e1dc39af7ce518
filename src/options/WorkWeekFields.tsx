import { INTERVAL_CHOICES, RECOMMENDED_INTERVAL, type SettingsKey } from '../core/settings';
import { t, tm } from '../platform/i18n';
import { weekdayName } from '../ui/format';
import { described, Field } from '../ui/Field';
import type { Draft, Errors } from './draft';

// The fields of the working week, shared by the settings page and the welcome.

export interface FieldProps {
  draft: Draft;
  errors: Errors;
  update: (patch: Partial<Draft>) => void;
  /** Fields the organisation set and locked through browser policy: shown, not changeable. */
  locked: ReadonlySet<SettingsKey>;
}

/** Said beside a field the organisation locked, and read out with it. */
export function LockedNote({ id }: { id: string }) {
  return <p class="hint locked" id={id}>{t('locked_by_policy')}</p>;
}

/** Monday first; 2026-03-01 was a Sunday, so day d of that week has Date#getDay() === d. */
const DAYS = [1, 2, 3, 4, 5, 6, 0];
const dayName = (day: number) => weekdayName(new Date(2026, 2, 1 + day).getTime());

/** The interval as a number, with the usual choices one click away. */
export function IntervalField({ draft, errors, update, locked }: FieldProps) {
  const off = locked.has('intervalMinutes');
  return (
    <Field id="interval" label={t('interval_label')} hint={t('interval_hint')} error={errors.intervalMinutes} locked={off}>
      <div class="with-choices">
        <input id="interval" type="number" inputMode="numeric" min={15} max={240} value={draft.intervalMinutes} disabled={off}
          {...described('interval', true, errors.intervalMinutes, off)} onInput={(e) => update({ intervalMinutes: e.currentTarget.value })} />
        <div class="choices" role="group" aria-label={t('interval_choices')}>
          {INTERVAL_CHOICES.map((m) => (
            <button key={m} type="button" class="small" disabled={off} aria-pressed={draft.intervalMinutes.trim() === String(m)} onClick={() => update({ intervalMinutes: String(m) })}>
              {t(m === RECOMMENDED_INTERVAL ? 'interval_choice_recommended' : 'interval_choice', [String(m)])}
            </button>
          ))}
        </div>
      </div>
    </Field>
  );
}

export function WorkDaysField({ draft, errors, update, locked }: FieldProps) {
  const off = locked.has('workDays');
  return (
    <fieldset disabled={off} aria-describedby={errors.workDays ? 'days-error' : off ? 'days-locked' : undefined}>
      <legend>{t('workdays_legend')}</legend>
      {off ? <LockedNote id="days-locked" /> : null}
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
  );
}

/** Every working period of the day, up to six: the whole form of the working hours. */
export function WorkHoursField({ draft, errors, update, locked }: FieldProps) {
  const setRange = (i: number, key: 'start' | 'end', value: string) =>
    update({ workHours: draft.workHours.map((r, j) => (j === i ? { ...r, [key]: value } : r)) });
  const off = locked.has('workHours');
  return (
    <fieldset disabled={off} aria-describedby={errors.workHours ? 'hours-error' : off ? 'hours-locked' : 'hours-hint'}>
      <legend>{t('hours_legend')}</legend>
      {off ? <LockedNote id="hours-locked" /> : null}
      <p class="hint" id="hours-hint">{t('hours_hint')}</p>
      {draft.workHours.map((range, i) => (
        <div class="range" key={i}>
          <label class="inline">
            {t('period_from')} <input type="time" aria-label={t('period_starts', [String(i + 1)])} value={range.start} onInput={(e) => setRange(i, 'start', e.currentTarget.value)} />
          </label>
          <label class="inline">
            {t('period_to')} <ClockInput label={t('period_ends', [String(i + 1)])} value={range.end} onInput={(value) => setRange(i, 'end', value)} />
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
  );
}

/** An end of the day: a time box cannot show 24:00, so midnight at the end reads 23:59 and is stored as 24:00. */
export function ClockInput({ label, value, onInput, id }: { label?: string; value: string; onInput: (value: string) => void; id?: string }) {
  return (
    <input type="time" id={id} aria-label={label} value={value === '24:00' ? '23:59' : value}
      onInput={(e) => onInput(e.currentTarget.value === '23:59' ? '24:00' : e.currentTarget.value)} />
  );
}
