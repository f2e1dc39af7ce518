import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import type { Firefox } from './harness';
import { GECKO_ID } from './profile';
import { waitFor } from './wait';

/** Settings that make every minute of every day a working minute, so tests do not depend on the clock. */
export const ALWAYS_WORKING = {
  ...toStored(DEFAULT_SETTINGS),
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workHours: [{ start: '00:00', end: '24:00' }],
  safetyAcknowledged: true,
};

/** The named alarm as Firefox holds it, or null. */
export async function getAlarm(ff: Firefox, name = 'break') {
  return ff.ext(async (browser, n) => (await browser.alarms.get(n)) ?? null, name);
}

/** Both storage areas merged, as plain data. */
export async function readStorage(ff: Firefox): Promise<Record<string, any>> {
  return ff.ext(async (browser) => ({ ...(await browser.storage.local.get(null)), ...(await browser.storage.sync.get(null)) }));
}

/** Resolves once every event the event page has begun handling is finished (its queue is a Web Lock of the extension's origin). */
export async function settled(ff: Firefox): Promise<void> {
  await ff.ext((_, name) => navigator.locks.request(name, () => undefined), WORKER_LOCK);
}

/**
 * The stored next break while a test waits for the event page to reschedule: no schedule sets it,
 * so any other value means the change was handled, even one that leaves the break where it was.
 */
const RESCHEDULE_MARK = 1;

/**
 * Writes settings the way the options page does and waits for the event page to reschedule;
 * settings already in place are left as they are.
 */
export async function useSettings(ff: Firefox, settings: object): Promise<void> {
  const stored = await readStorage(ff);
  if (isDeepStrictEqual(stored.settings, settings)) return settled(ff);
  await ff.ext(async (browser, { s, lock, mark }) => {
    await navigator.locks.request(lock, async () => {
      const { state } = (await browser.storage.local.get('state')) as { state: object };
      await browser.storage.local.set({ state: { ...state, nextBreakAt: mark } });
    });
    await browser.storage.sync.set({ settings: s });
  }, { s: settings, lock: WORKER_LOCK, mark: RESCHEDULE_MARK });
  await waitFor(async () => {
    const s = await readStorage(ff);
    return isDeepStrictEqual(s.settings, settings) && s.state?.nextBreakAt !== RESCHEDULE_MARK ? true : null;
  }, 'the event page to reschedule after a settings change');
  await settled(ff);
}

/** 'running', 'stopped', 'starting' or 'suspending', as Firefox's extension framework says. */
export async function eventPageState(ff: Firefox): Promise<string> {
  return ff.chrome((w, id) => String(w.WebExtensionPolicy.getByID(id).extension.backgroundState), GECKO_ID);
}

/**
 * Stops the event page, as Firefox does when it has been idle; resolves once it is gone. Firefox
 * declines while a listener is still running, so this asks again until it is stopped.
 */
export async function stopEventPage(ff: Firefox): Promise<void> {
  await settled(ff);
  await waitFor(async () => {
    const state = await eventPageState(ff);
    if (state === 'running') await ff.chrome((w, id) => void w.WebExtensionPolicy.getByID(id).extension.terminateBackground(), GECKO_ID);
    return state === 'stopped';
  }, 'the event page to stop');
}

/** The notifications the extension shows now, by id. */
export async function notifications(ff: Firefox): Promise<Record<string, { title?: string; message?: string }>> {
  return ff.ext((browser) => browser.notifications.getAll() as Promise<Record<string, { title?: string; message?: string }>>);
}

/** Where a drill is on screen: the toolbar popup or a drill window, with the drill name it shows. */
export interface DrillView {
  kind: 'toolbar popup' | 'drill window';
  name: string | null;
}

/** Every open popup page of the extension (toolbar popup or its own window) and the drill name in it. */
export async function drillViews(ff: Firefox): Promise<DrillView[]> {
  return ff.ext((browser) => {
    const popups = new Set(browser.extension.getViews({ type: 'popup' }));
    return browser.extension
      .getViews()
      .filter((view) => ['/src/popup/index.html', '/src/popup/break.html'].includes(view.location.pathname) && !view.location.search.includes('harness'))
      .map((view) => ({
        kind: popups.has(view) ? ('toolbar popup' as const) : ('drill window' as const),
        name: view.document.getElementById('drill-name')?.textContent ?? null,
      }));
  });
}

/**
 * Makes a break fall due `inMs` from now, as the schedule itself would: the stored timer moves back
 * one interval and the break alarm is set for that moment (the event page ignores an alarm its
 * schedule would not have set). Resolves with the moment.
 */
export async function breakDueIn(ff: Firefox, inMs: number): Promise<number> {
  return ff.ext(async (browser, { ms, lock }) => {
    const when = Date.now() + ms;
    await navigator.locks.request(lock, async () => {
      const { state } = (await browser.storage.local.get('state')) as { state: any };
      const { settings } = (await browser.storage.sync.get('settings')) as { settings?: { intervalMinutes?: number } };
      const interval = settings?.intervalMinutes ?? 90;
      const back = when - interval * 60_000;
      await browser.storage.local.set({ state: { ...state, lastResetAt: back, nextBreakAt: when } });
      await browser.alarms.create('break', { when, periodInMinutes: interval });
    });
    return when;
  }, { ms: inMs, lock: WORKER_LOCK });
}

/**
 * Makes a posture reset fall due `inMs` from now, as if its gap had run since the drill timer last
 * started with no reset since: the stored timer moves back one gap (the drill stays the interval
 * less that gap away) and the reset's alarm is set for that moment. Resets must be on.
 */
export async function postureDueIn(ff: Firefox, inMs: number): Promise<number> {
  return ff.ext(async (browser, { ms, lock }) => {
    const when = Date.now() + ms;
    await navigator.locks.request(lock, async () => {
      const { state } = (await browser.storage.local.get('state')) as { state: any };
      const { settings } = (await browser.storage.sync.get('settings')) as { settings?: { intervalMinutes?: number; postureMinutes?: number } };
      const back = when - (settings?.postureMinutes ?? 30) * 60_000;
      await browser.storage.local.set({ state: { ...state, lastResetAt: back, posture: null, nextBreakAt: back + (settings?.intervalMinutes ?? 90) * 60_000 } });
      await browser.alarms.create('posture', { when });
    });
    return when;
  }, { ms: inMs, lock: WORKER_LOCK });
}
