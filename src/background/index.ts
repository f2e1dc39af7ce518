import { onBreakAlarm } from '../platform/alarms';
import { onInstalled, onStartup, openOptionsPage } from '../platform/lifecycle';
import { onCommand } from '../platform/messages';
import { onBreakNotificationClicked, clearBreakNotification } from '../platform/notifications';
import { onSettingsChanged } from '../platform/storage';
import { finishBreak, openDrill, startBreak } from './breaks';
import { handle } from './queue';
import { ensureSchedule, reschedule } from './scheduler';

// Listeners are registered synchronously at the top level so Chrome can wake this worker for
// any of them. No handler relies on memory from an earlier event: each reloads from storage.

onInstalled((firstInstall) =>
  handle('install', async () => {
    await ensureSchedule(Date.now());
    // A new user lands on the settings, where the schedule and the drills are explained.
    if (firstInstall) await openOptionsPage();
  }),
);
onStartup(() => handle('startup', () => ensureSchedule(Date.now())));
// Not awaited by the storage event: the handler may itself write storage, and waiting on that
// from inside the queue would wait on itself.
onSettingsChanged(() => void handle('settings change', () => reschedule(Date.now())));
onBreakAlarm(() => handle('break alarm', () => startBreak(Date.now(), 'alarm')));
onBreakNotificationClicked(() =>
  handle('notification click', async () => {
    await clearBreakNotification();
    await openDrill();
  }),
);
onCommand((command) =>
  handle(command.type, () => (command.type === 'start-now' ? startBreak(Date.now(), 'manual') : finishBreak(Date.now()))),
);

// Errors outside our handlers (a library, the platform) still deserve a visible trace.
self.addEventListener('unhandledrejection', (event) => {
  console.error('Desk Reset: unhandled rejection in the service worker.', (event as PromiseRejectionEvent).reason);
});
