import { pauseUntil } from '../core/schedule';
import { ROUTINE_KINDS, routineDue } from '../core/routines';
import { BADGE_ALARM, BREAK_ALARM, HEADS_UP_ALARM, HOLD_ALARM, onAlarm, POSTURE_ALARM, POSTURE_CLEAR_ALARM, ROUTINE_ALARMS } from '../platform/alarms';
import { listenForTabsFromStart, onFullscreenMaybeChanged, onTabsChanged } from '../platform/busy';
import { openPopupWindow } from '../platform/drill-window';
import { onIdleChanged, queryIdle } from '../platform/idle';
import { onInstalled, onShortcut, onStartup, START_BREAK_SHORTCUT } from '../platform/lifecycle';
import { onCommand, type Command } from '../platform/messages';
import { BREAK_NOTIFICATION, clearNotification, onNotificationButton, onNotificationClicked, POSTURE_NOTIFICATION, ROUTINE_NOTIFICATIONS } from '../platform/notifications';
import { loadSettings, loadState, onPolicyChanged, onSettingsTouched, retryPain } from '../platform/storage';
import { reportPolicyProblems } from '../platform/policy-report';
import { foundKeptData, startWelcome } from '../platform/welcome-start';
import { loadDrillWorld } from '../platform/own-drills';
import { refreshRecentHistory } from '../platform/history';
import { announceRoutine, BUTTON_SNOOZE, BUTTON_START, openDrill, warnAhead } from './present';
import { busyNow } from './busy';
import { checkHold } from './hold';
import { rate } from './ratings';
import { handle } from './queue';
import { dispatch, ensureSchedule, loadSchedule, refreshBadge, reschedule, resumeSchedule } from './scheduler';
import { zoneMoved } from '../platform/zone';
import { followZone } from './zone';
import { clearPosture, openPosture } from './posture';

// Listeners are registered synchronously at the top level so Chrome can wake this worker for
// any of them. No handler relies on memory from an earlier event: each reloads from storage.

onInstalled((reason) =>
  handle('install', async () => {
    // An install that finds our data is the same extension loaded again over a kept profile (a
    // developer's --load-extension, a Firefox temporary add-on, a restored profile): an update.
    const first = reason === 'install' && !(await foundKeptData());
    await (first ? ensureSchedule(Date.now()) : resumeSchedule(Date.now()));
    await refreshRecentHistory();
    await reportPolicyProblems();
    // A new user is welcomed: a minute of questions that fit the breaks to their day and kit.
    if (first) await startWelcome();
  }),
);
onStartup(() =>
  handle('startup', async () => {
    await ensureSchedule(Date.now());
    await reportPolicyProblems();
  }),
);
onPolicyChanged(() => void handle('policy', reportPolicyProblems));
// Not awaited by the storage event: the handler may itself write storage, and waiting on that
// from inside the queue would wait on itself.
onSettingsTouched(() => void handle('settings', () => reschedule(Date.now())));

onAlarm(BREAK_ALARM, (scheduledAt) =>
  handle(BREAK_ALARM, () => {
    const now = Date.now();
    return dispatch(async (settings, state) => ({ type: 'alarm', idle: await queryIdle(settings.idleMinutes), busy: await busyNow(settings, state, now), scheduledAt }), now);
  }),
);
onAlarm(HEADS_UP_ALARM, () =>
  handle(HEADS_UP_ALARM, async () => {
    const now = Date.now();
    await followZone(now);
    const [settings, state] = await loadSchedule(now);
    // No warning in the middle of a presentation either: the break itself will wait.
    if (!(await busyNow(settings, state, now))) await warnAhead(state, now);
  }),
);
onAlarm(POSTURE_ALARM, (scheduledAt) =>
  handle(POSTURE_ALARM, () => {
    const now = Date.now();
    return dispatch(async (settings, state) => ({ type: 'posture', idle: await queryIdle(settings.idleMinutes), busy: await busyNow(settings, state, now), scheduledAt }), now);
  }),
);
onAlarm(POSTURE_CLEAR_ALARM, () => handle(POSTURE_CLEAR_ALARM, clearPosture));
onAlarm(HOLD_ALARM, () => handle(HOLD_ALARM, () => checkHold(Date.now())));
onFullscreenMaybeChanged(() => handle('fullscreen', () => checkHold(Date.now())));
onTabsChanged(() => handle('tabs', () => checkHold(Date.now())));
// Tab updates and closes are listened to only while the sound or the call hold is on
// (platform/busy.ts), which only the stored settings tell, so not from this first turn: a tab
// event that woke this worker is missed. Nothing is lost by it. With no break waiting, a change of
// sound or address changes nothing (checkHold stops at the state); a break falling due reads the
// tabs itself (busyNow); and a break that waits, with the user at the desk, has the hold check
// alarm read them every minute (core/busy.ts holdCheckAt), or with the user away, their return
// reads them. (Firefox's event page likewise hears tab events only while awake.)
void handle('start', async () => {
  const settings = await loadSettings();
  listenForTabsFromStart({ sound: settings.holdForAudio, calls: settings.holdForCalls });
});
// A pain report that sync refused is kept on this computer; each start of the worker offers it again.
void handle('pain', retryPain);
onAlarm(BADGE_ALARM, () =>
  handle(BADGE_ALARM, async () => {
    const now = Date.now();
    await followZone(now);
    await refreshBadge(now);
  }),
);
for (const kind of ROUTINE_KINDS) {
  onAlarm(ROUTINE_ALARMS[kind], (scheduledAt) =>
    handle(ROUTINE_ALARMS[kind], async () => {
      const now = Date.now();
      // Set for another zone's clock time, or for hours ago (the computer slept through it): not
      // this moment's routine. Only the next one is set, in the zone the clock reads in now.
      if (routineDue(kind, scheduledAt, now) && !(await zoneMoved())) await announceRoutine(kind, await loadSettings(), await loadDrillWorld());
      await reschedule(now);
    }),
  );
}
onIdleChanged((idle) =>
  handle('idle', () => {
    const now = Date.now();
    return dispatch(async (settings, state) => ({ type: 'idle', idle, busy: idle === 'active' ? await busyNow(settings, state, now) : null }), now);
  }),
);

onNotificationClicked((id) =>
  handle('notification', async () => {
    const routine = ROUTINE_KINDS.find((kind) => ROUTINE_NOTIFICATIONS[kind] === id);
    if (routine) {
      await clearNotification(ROUTINE_NOTIFICATIONS[routine]);
      await openPopupWindow(`routine=${routine}`);
    }
    if (id === POSTURE_NOTIFICATION) return openPosture(Date.now());
    if (id !== BREAK_NOTIFICATION) return;
    await clearNotification(BREAK_NOTIFICATION);
    await openDrill(await loadState(Date.now()));
  }),
);
onNotificationButton((id, index) =>
  handle('notification', async () => {
    if (id !== BREAK_NOTIFICATION) return;
    const now = Date.now();
    if (index === BUTTON_START) await openDrill(await dispatch({ type: 'start-now' }, now));
    if (index === BUTTON_SNOOZE) await dispatch((settings) => ({ type: 'snooze', minutes: settings.snoozeMinutes[0]! }), now);
  }),
);

onCommand((command) => handle(command.type, () => runCommand(command, Date.now())));
onShortcut((name) =>
  handle('shortcut', async () => {
    if (name === START_BREAK_SHORTCUT) await openDrill(await dispatch({ type: 'start-now' }, Date.now()));
  }),
);

async function runCommand(command: Command, now: number): Promise<unknown> {
  if (command.type === 'rate') return rate(command.drillId, command.rating, now);
  if (command.type === 'start-now' && command.open) return openDrill(await dispatch(command, now));
  if (command.type === 'meeting') {
    const until = command.minutes > 0 ? now + command.minutes * 60_000 : null;
    return dispatch(async (settings, state) => ({ type: 'meeting', until, busy: await busyNow(settings, { ...state, meetingUntil: until }, now) }), now);
  }
  if (command.type !== 'pause') return dispatch(command, now);
  return dispatch((settings) => ({ type: 'pause', until: pauseUntil(command.kind, settings, now) }), now);
}

// Errors outside our handlers (a library, the platform) still deserve a visible trace.
self.addEventListener('unhandledrejection', (event) => {
  console.error('Desk Reset: unhandled rejection.', (event as PromiseRejectionEvent).reason);
});
