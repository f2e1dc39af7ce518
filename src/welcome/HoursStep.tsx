import { dayShape, hoursOf, suggestedLunch, type DayShape } from '../core/welcome';
import { t, tm } from '../platform/i18n';
import { PostureFields } from '../options/PostureFields';
import { UpcomingBreaks } from '../options/UpcomingBreaks';
import { ClockInput, IntervalField, WorkDaysField, WorkHoursField, type FieldProps } from '../options/WorkWeekFields';
import type { StepProps } from './steps';

export function HoursStep({ form: { draft, errors, update, settings }, state, locked }: StepProps) {
  return (
    <>
      <p>{t('welcome_hours_intro')}</p>
      <WorkDaysField draft={draft} errors={errors} update={update} locked={locked} />
      {dayShape(draft.workHours) && !locked.has('workHours') ? <DayFields draft={draft} errors={errors} update={update} locked={locked} /> : <WorkHoursField draft={draft} errors={errors} update={update} locked={locked} />}
      <IntervalField draft={draft} errors={errors} update={update} locked={locked} />
      <UpcomingBreaks state={state} preview={settings} />
      <PostureFields draft={draft} errors={errors} update={update} locked={locked} />
    </>
  );
}

/** The working hours as most people think of them: one day, and a lunch gap if they take one. */
function DayFields({ draft, errors, update }: FieldProps) {
  const day = dayShape(draft.workHours)!;
  const set = (change: Partial<DayShape>) => update({ workHours: hoursOf({ ...day, ...change }) });
  const { lunch } = day;
  return (
    <fieldset aria-describedby={errors.workHours ? 'hours-error' : 'day-hint'}>
      <legend>{t('welcome_day_legend')}</legend>
      <p class="hint" id="day-hint">{t('welcome_day_hint')}</p>
      <div class="range">
        <label class="inline">
          {t('welcome_day_start')} <input type="time" value={day.start} onInput={(e) => set({ start: e.currentTarget.value })} />
        </label>
        <label class="inline">
          {t('welcome_day_end')} <ClockInput value={day.end} onInput={(end) => set({ end })} />
        </label>
      </div>
      <label class="check">
        <input type="checkbox" checked={lunch !== null} onChange={(e) => set({ lunch: e.currentTarget.checked ? (suggestedLunch(day.start, day.end) ?? { start: '12:30', end: '13:30' }) : null })} />
        {t('welcome_lunch')}
      </label>
      {lunch ? (
        <div class="range">
          <label class="inline">
            {t('welcome_lunch_from')} <input type="time" value={lunch.start} onInput={(e) => set({ lunch: { ...lunch, start: e.currentTarget.value } })} />
          </label>
          <label class="inline">
            {t('welcome_lunch_to')} <input type="time" value={lunch.end} onInput={(e) => set({ lunch: { ...lunch, end: e.currentTarget.value } })} />
          </label>
        </div>
      ) : null}
      {errors.workHours ? <p id="hours-error" class="error" role="alert">{tm(errors.workHours)}</p> : null}
    </fieldset>
  );
}
