import { callSiteOfReason, MEETING_MINUTES } from '../core/busy';
import { callSiteName } from '../core/call-site-names';
import { inWorkingPeriod } from '../core/clock';
import type { PauseKind } from '../core/schedule';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import type { HistoryStore } from '../core/history';
import { currentStreakOf, dayCounts } from '../core/today';
import { describeWait, describeWhen } from '../ui/format';
import { markContentReady } from '../ui/ready';
import { t, tm } from '../platform/i18n';
import { plural } from '../core/i18n';
import { openOptionsPage, sendCommand } from '../platform/messages';

interface Props {
  state: State;
  settings: Settings;
  /** Null while it is read: the counts wait for it, the next break does not. */
  history: HistoryStore | null;
  now: number;
  onSafety: () => void;
}

const PAUSES: [PauseKind, string][] = [
  ['30m', 'pause_30m'],
  ['1h', 'pause_1h'],
  ['tomorrow', 'pause_tomorrow'],
  ['indefinite', 'pause_indefinite'],
];

export function IdleView({ state, settings, history, now, onSafety }: Props) {
  const next = state.nextBreakAt;
  const today = history ? dayCounts(history.events, now) : null;
  const streak = history ? currentStreakOf(history, now) : null;
  const wait = next ? describeWait(next, now) : '';
  return (
    <section class="idle" aria-labelledby="idle-title">
      <p class="eyebrow">{t('brand')}</p>
      <h1 id="idle-title">{t('next_break')}</h1>
      {next ? (
        <p class="next" data-testid="next-break" ref={markContentReady}>
          <span class="time">{describeWhen(next, now)}</span> {wait ? <span class="muted">{wait}</span> : null}
        </p>
      ) : (
        <p class="next muted" data-testid="next-break" ref={markContentReady}>
          {t('none_scheduled')}
        </p>
      )}
      <p class="status" data-testid="status" role="status">
        {describeStatus(state, settings, now)}
      </p>
      {today && streak !== null ? (
        <dl class="today" data-testid="today" aria-label={t('today_label')}>
          <div><dt>{t('stat_done')}</dt><dd>{today.done}</dd></div>
          <div><dt>{t('stat_skipped')}</dt><dd>{today.skipped}</dd></div>
          <div><dt>{t('stat_natural')}</dt><dd>{today.natural}</dd></div>
          <div><dt>{t('stat_streak')}</dt><dd>{tm(plural('streak', streak, streak))}</dd></div>
        </dl>
      ) : (
        <div class="today" aria-busy="true" />
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void sendCommand({ type: 'start-now' })}>
          {t('start_now')}
        </button>
        {state.pause ? (
          <button type="button" onClick={() => void sendCommand({ type: 'resume' })}>
            {t('resume')}
          </button>
        ) : null}
        <button type="button" onClick={() => void openOptionsPage()}>
          {t('settings')}
        </button>
      </div>
      <MeetingControls state={state} now={now} />
      {state.pause ? null : (
        <details class="pause-menu">
          <summary>{t('pause_breaks')}</summary>
          <div class="pause-options" role="group" aria-label={t('pause_breaks')}>
            {PAUSES.map(([kind, label]) => (
              <button type="button" key={kind} onClick={() => void sendCommand({ type: 'pause', kind })}>
                {t(label)}
              </button>
            ))}
          </div>
        </details>
      )}
      <p>
        <button type="button" class="link" onClick={onSafety}>
          {t('safety_link')}
        </button>
      </p>
    </section>
  );
}

/** "I'm in a meeting": breaks that fall due wait for its end (a hold, not a pause), or the way to end it early. */
function MeetingControls({ state, now }: { state: State; now: number }) {
  const until = state.meetingUntil;
  if (until !== null && until > now) {
    return (
      <p class="meeting" data-testid="meeting">
        {t('meeting_until', [describeWhen(until, now)])}{' '}
        <button type="button" class="small" onClick={() => void sendCommand({ type: 'meeting', minutes: 0 })}>{t('meeting_over')}</button>
      </p>
    );
  }
  return (
    <div class="meeting" role="group" aria-labelledby="meeting-label" data-testid="meeting">
      <span id="meeting-label">{t('meeting_label')}</span>
      {MEETING_MINUTES.map((m) => (
        <button type="button" class="small" key={m} onClick={() => void sendCommand({ type: 'meeting', minutes: m })}>
          {t('meeting_for', [String(m)])}
        </button>
      ))}
    </div>
  );
}

function describeStatus(state: State, settings: Settings, now: number): string {
  if (state.pause) return state.pause.until === null ? t('status_paused_resume') : t('status_paused_until', [describeWhen(state.pause.until, now)]);
  const waiting = state.pending?.waiting;
  if (waiting?.reason === 'meeting' && state.meetingUntil !== null) return t('status_waiting_meeting', [describeWhen(state.meetingUntil, now)]);
  const site = waiting ? callSiteOfReason(waiting.reason) : null;
  if (site) return t('status_waiting_call', [callSiteName(site)]);
  if (waiting) return t(waiting.reason === 'audio' ? 'status_waiting_audio' : 'status_waiting_fullscreen');
  const snoozed = state.pending?.snoozedUntil;
  if (snoozed && snoozed > now) return t('status_snoozed', [describeWhen(snoozed, now)]);
  if (state.pending?.held) return t('status_held');
  return t(inWorkingPeriod(settings, now) ? 'status_working' : 'status_outside');
}
