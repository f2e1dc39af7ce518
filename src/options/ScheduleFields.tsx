import { upcomingBreaks } from '../core/schedule';
import { HEADS_UP_CHOICES, type Settings } from '../core/settings';
import type { State } from '../core/state';
import { sendCommand } from '../platform/messages';
import { describeUpcoming, describeWhen } from '../ui/format';
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

const DAYS: [number, string][] = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [0, 'Sunday'],
];

export function ScheduleFields({ draft, errors, update, preview, state }: Props) {
  const now = useNow(30_000);
  const upcoming = state ? upcomingBreaks({ ...state, pending: null }, preview, now) : [];
  const setRange = (i: number, key: 'start' | 'end', value: string) =>
    update({ workHours: draft.workHours.map((r, j) => (j === i ? { ...r, [key]: value } : r)) });
  return (
    <section aria-labelledby="schedule-title" id="schedule">
      <h2 id="schedule-title">Schedule</h2>
      <p class="notice" data-testid="upcoming" aria-live="polite">
        {state?.pause ? (
          <>
            {state.pause.until === null ? 'Breaks are paused until you resume.' : `Breaks are paused until ${describeWhen(state.pause.until, now)}.`}{' '}
            <button type="button" class="small" onClick={() => void sendCommand({ type: 'resume' })}>Resume</button>
          </>
        ) : upcoming.length ? (
          `Next breaks: ${describeUpcoming(upcoming, now)}.`
        ) : (
          'No breaks will come with these settings.'
        )}
      </p>
      <Field id="interval" label="Minutes between breaks" hint="15 to 240." error={errors.intervalMinutes}>
        <input id="interval" type="number" inputMode="numeric" min={15} max={240} value={draft.intervalMinutes}
          {...described('interval', true, errors.intervalMinutes)} onInput={(e) => update({ intervalMinutes: e.currentTarget.value })} />
      </Field>

      <fieldset aria-describedby={errors.workDays ? 'days-error' : undefined}>
        <legend>Working days</legend>
        <div class="days">
          {DAYS.map(([day, name]) => (
            <label key={day} class="check">
              <input type="checkbox" checked={draft.workDays.includes(day)}
                onChange={(e) => update({ workDays: e.currentTarget.checked ? [...draft.workDays, day] : draft.workDays.filter((d) => d !== day) })} />
              {name}
            </label>
          ))}
        </div>
        {errors.workDays ? <p id="days-error" class="error" role="alert">{errors.workDays}</p> : null}
      </fieldset>

      <fieldset aria-describedby={errors.workHours ? 'hours-error' : 'hours-hint'}>
        <legend>Working hours</legend>
        <p class="hint" id="hours-hint">Breaks only come inside these periods. Add a second period for a lunch gap.</p>
        {draft.workHours.map((range, i) => (
          <div class="range" key={i}>
            <label class="inline">
              From <input type="time" aria-label={`Period ${i + 1} starts`} value={range.start} onInput={(e) => setRange(i, 'start', e.currentTarget.value)} />
            </label>
            <label class="inline">
              to <input type="time" aria-label={`Period ${i + 1} ends`} value={range.end === '24:00' ? '23:59' : range.end}
                onInput={(e) => setRange(i, 'end', e.currentTarget.value === '23:59' ? '24:00' : e.currentTarget.value)} />
            </label>
            {draft.workHours.length > 1 ? (
              <button type="button" class="small" aria-label={`Remove period ${i + 1}`} onClick={() => update({ workHours: draft.workHours.filter((_, j) => j !== i) })}>
                Remove
              </button>
            ) : null}
          </div>
        ))}
        {draft.workHours.length < 6 ? (
          <button type="button" class="small" onClick={() => update({ workHours: [...draft.workHours, { start: '13:00', end: '17:30' }] })}>
            Add a period
          </button>
        ) : null}
        {errors.workHours ? <p id="hours-error" class="error" role="alert">{errors.workHours}</p> : null}
      </fieldset>

      <Field id="heads-up" label="Heads-up before a break" error={errors.headsUpMinutes}>
        <select id="heads-up" value={draft.headsUpMinutes} onChange={(e) => update({ headsUpMinutes: e.currentTarget.value })}>
          {HEADS_UP_CHOICES.map((m) => (
            <option key={m} value={String(m)}>{m === 0 ? 'Off' : `${m} min before`}</option>
          ))}
        </select>
      </Field>
      <Field id="idle" label="Away this many minutes counts as a break" hint="Time away from the keyboard or with the screen locked." error={errors.idleMinutes}>
        <input id="idle" type="number" inputMode="numeric" min={1} max={60} value={draft.idleMinutes}
          {...described('idle', true, errors.idleMinutes)} onInput={(e) => update({ idleMinutes: e.currentTarget.value })} />
      </Field>
      <Field id="snooze" label="Snooze lengths (minutes)" hint="Up to three, separated by commas." error={errors.snoozeMinutes}>
        <input id="snooze" type="text" inputMode="numeric" value={draft.snoozeMinutes}
          {...described('snooze', true, errors.snoozeMinutes)} onInput={(e) => update({ snoozeMinutes: e.currentTarget.value })} />
      </Field>
      <Field id="snooze-cap" label="Snoozes in a row before only Done or Skip remain" error={errors.snoozeCap}>
        <input id="snooze-cap" type="number" inputMode="numeric" min={0} max={10} value={draft.snoozeCap}
          {...described('snooze-cap', false, errors.snoozeCap)} onInput={(e) => update({ snoozeCap: e.currentTarget.value })} />
      </Field>
    </section>
  );
}
