import { inWorkingPeriod } from '../core/clock';
import type { PauseKind } from '../core/schedule';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import type { BreakEvent } from '../core/history';
import { currentStreak, dayCounts } from '../core/stats';
import { describeWait, describeWhen } from '../ui/format';
import { openOptionsPage } from '../platform/lifecycle';
import { sendCommand } from '../platform/messages';

interface Props {
  state: State;
  settings: Settings;
  history: readonly BreakEvent[];
  now: number;
  onSafety: () => void;
}

const PAUSES: [PauseKind, string][] = [
  ['30m', 'For 30 minutes'],
  ['1h', 'For 1 hour'],
  ['tomorrow', 'Until tomorrow'],
  ['indefinite', 'Until I resume'],
];

export function IdleView({ state, settings, history, now, onSafety }: Props) {
  const next = state.nextBreakAt;
  const today = dayCounts(history, now);
  const streak = currentStreak(history, now);
  const wait = next ? describeWait(next, now) : '';
  return (
    <section class="idle" aria-labelledby="idle-title">
      <p class="eyebrow">Desk Reset</p>
      <h1 id="idle-title">Next break</h1>
      {next ? (
        <p class="next" data-testid="next-break">
          <span class="time">{describeWhen(next, now)}</span> {wait ? <span class="muted">in {wait}</span> : null}
        </p>
      ) : (
        <p class="next muted" data-testid="next-break">
          None scheduled
        </p>
      )}
      <p class="status" data-testid="status" role="status">
        {describeStatus(state, settings, now)}
      </p>
      <dl class="today" data-testid="today" aria-label="Today">
        <div><dt>Done</dt><dd>{today.done}</dd></div>
        <div><dt>Skipped</dt><dd>{today.skipped}</dd></div>
        <div><dt>Natural</dt><dd>{today.natural}</dd></div>
        <div><dt>Streak</dt><dd>{streak === 1 ? '1 day' : `${streak} days`}</dd></div>
      </dl>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void sendCommand({ type: 'start-now' })}>
          Start a break now
        </button>
        {state.pause ? (
          <button type="button" onClick={() => void sendCommand({ type: 'resume' })}>
            Resume
          </button>
        ) : null}
        <button type="button" onClick={() => void openOptionsPage()}>
          Settings
        </button>
      </div>
      {state.pause ? null : (
        <details class="pause-menu">
          <summary>Pause breaks</summary>
          <div class="pause-options" role="group" aria-label="Pause breaks">
            {PAUSES.map(([kind, label]) => (
              <button type="button" key={kind} onClick={() => void sendCommand({ type: 'pause', kind })}>
                {label}
              </button>
            ))}
          </div>
        </details>
      )}
      <p>
        <button type="button" class="link" onClick={onSafety}>
          Safety: when to stop
        </button>
      </p>
    </section>
  );
}

function describeStatus(state: State, settings: Settings, now: number): string {
  if (state.pause) return state.pause.until === null ? 'Paused until you resume.' : `Paused until ${describeWhen(state.pause.until, now)}.`;
  const snoozed = state.pending?.snoozedUntil;
  if (snoozed && snoozed > now) return `Snoozed: your drill comes back at ${describeWhen(snoozed, now)}.`;
  if (state.pending?.held) return 'A break is waiting for you.';
  return inWorkingPeriod(settings, now) ? 'Working hours.' : 'Outside working hours.';
}
