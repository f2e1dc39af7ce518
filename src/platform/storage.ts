import browser from './browser';
import { paceWrite } from '../core/pace';
import { changeSettings, readSettings, type Settings } from '../core/settings';
import { loadPolicy, onPolicyChanged } from './policy';
import { watch, type Unsubscribe } from './watch';

export { loadPolicy, onPolicyChanged, reportPolicyProblems } from './policy';
export { watch, type Unsubscribe } from './watch';
import { readState, type State } from '../core/state';
import { stateRecord } from '../core/state-record';

export const SETTINGS_KEY = 'settings';
export const STATE_KEY = 'state';
/** How settings have been written lately, by any page or the worker: the pace is kept across all of them. */
export const WRITTEN_KEY = 'settingsWrittenAt';
export const SETTINGS_LOCK = 'desk-reset-settings';

/** Settings live in storage.sync so they follow the user to their other machines; an organisation's policy applies on top. */
export async function loadSettings(): Promise<Settings> {
  const [stored, { policy }] = await Promise.all([browser.storage.sync.get(SETTINGS_KEY), loadPolicy()]);
  const { settings, repaired } = readSettings(stored[SETTINGS_KEY], policy);
  await keepRepair('settings', repaired, () => writeSettings(() => ({})));
  return settings;
}

/**
 * Reports a repair and writes the repaired value back, so the next read finds it whole and the
 * repair is reported once. A failed write (a full quota) is never thrown: the repaired value
 * still serves this read, and the next read repairs again.
 */
export async function keepRepair(what: string, repaired: readonly string[], write: () => Promise<unknown>): Promise<void> {
  if (repaired.length === 0) return;
  console.warn(`Desk Reset repaired its stored ${what} (${repaired.join(', ')}).`);
  await write().catch(() => undefined);
}

/**
 * The one way settings are written. In turn with every other page and the worker (one lock),
 * paced, and as a change of the fields `change` returns, computed from the settings as stored at
 * that moment, so a write never undoes what another tab changed just before. A refused write
 * (a full quota) rejects and stores nothing.
 */
export function writeSettings(change: (fresh: Settings) => Partial<Settings>, forget = false): Promise<Settings> {
  return navigator.locks.request(SETTINGS_LOCK, async () => {
    const { wait, next } = paceWrite((await browser.storage.local.get(WRITTEN_KEY))[WRITTEN_KEY], Date.now());
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    const [stored, { policy }] = await Promise.all([browser.storage.sync.get(SETTINGS_KEY), loadPolicy()]);
    const { settings, stored: write } = changeSettings(stored[SETTINGS_KEY], change, policy, forget);
    if (write) {
      // Counted before the write: a refused write may still count against the quota.
      await browser.storage.local.set({ [WRITTEN_KEY]: next });
      await browser.storage.sync.set({ [SETTINGS_KEY]: write });
    }
    return settings;
  });
}

/** The state as read: the validated view, and the record as stored, which the worker's write keeps what it does not know of. */
export interface StateRecord {
  state: State;
  stored: unknown;
}

/**
 * Scheduler state lives in storage.local: it describes this machine's timers, not the user's
 * choices. A read never writes: what is broken is repaired in the view (pages read it too); the
 * worker's next write stores its own view of the fields it knows.
 */
export async function loadStateRecord(now: number): Promise<StateRecord> {
  const stored = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
  const { state, repaired } = readState(stored, now);
  if (stored !== undefined && repaired.length > 0) console.warn(`Desk Reset read its stored schedule with defaults for ${repaired.join(', ')}.`);
  return { state, stored };
}

export async function loadState(now: number): Promise<State> {
  return (await loadStateRecord(now)).state;
}

/**
 * Writes the worker's state over the stored record, keeping the fields and drills this version
 * does not know (a newer version's, before a rollback; core/state-record.ts). The worker is the
 * only writer of state, and writes only inside its queue (background/queue.ts): the record read
 * under that lock, passed as `read` or read here, cannot change before this write lands.
 */
export async function saveState(state: State, read?: StateRecord): Promise<void> {
  const stored = read ? read.stored : (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
  await browser.storage.local.set({ [STATE_KEY]: stateRecord(state, stored) });
}

/** Calls back when the user's settings or the organisation's policy change (the worker reloads them itself). */
export function onSettingsTouched(callback: () => void): Unsubscribe {
  const stopSync = watch('sync', SETTINGS_KEY, callback);
  const stopManaged = onPolicyChanged(callback);
  return () => {
    stopSync();
    stopManaged();
  };
}

/** The settings as the user now sees them, after their own change or the organisation's. */
export function onSettingsChanged(callback: (settings: Settings) => void): Unsubscribe {
  return onSettingsTouched(() => void loadSettings().then(callback));
}
