import browser from './browser';
import { paceWrite } from '../core/pace';
import type { Settings } from '../core/settings';
import { fromSync, planSettingsWrite, readStoredSettings, SYNC_KEYS, type StoredSettings } from '../core/settings-sync';
import { loadPolicy, onPolicyChanged } from './policy';
import { watch, type Unsubscribe } from './watch';

export { loadPolicy, onPolicyChanged } from './policy';
export { watch, type Unsubscribe } from './watch';
import { readState, type State } from '../core/state';
import { stateRecord } from '../core/state-record';

export const SETTINGS_KEY = 'settings';
export const STATE_KEY = 'state';
/** How settings have been written lately, by any page or the worker: the pace is kept across all of them. */
export const WRITTEN_KEY = 'settingsWrittenAt';
export const SETTINGS_LOCK = 'desk-reset-settings';

/** Drills reported painful on this computer that storage.sync has not taken yet (a refused write, no quota left). */
export const PAIN_KEY = 'painPending';

async function readStored(): Promise<{ stored: StoredSettings; pain: string[] }> {
  const [items, local] = await Promise.all([browser.storage.sync.get(SYNC_KEYS), browser.storage.local.get(PAIN_KEY)]);
  const pain = local[PAIN_KEY];
  return { stored: fromSync(items), pain: Array.isArray(pain) ? pain.filter((id): id is string => typeof id === 'string') : [] };
}

/**
 * Settings live in storage.sync so they follow the user to their other machines; an organisation's
 * policy applies on top. What is broken is repaired in the view only: stored data may be another
 * version's, and is never rewritten by a read (see core/settings-sync.ts).
 */
export async function loadSettings(): Promise<Settings> {
  const [{ stored, pain }, { policy }] = await Promise.all([readStored(), loadPolicy()]);
  const { settings, repaired } = readStoredSettings(stored, policy, pain);
  if (repaired.length > 0) console.warn(`Desk Reset read its stored settings with defaults for ${repaired.join(', ')}; what is stored is left as it is.`);
  return settings;
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
    const [{ stored, pain }, { policy }] = await Promise.all([readStored(), loadPolicy()]);
    const { settings, items } = planSettingsWrite(stored, change, { policy, forget, pain });
    if (items) {
      // Counted before the write: a refused write may still count against the quota.
      await browser.storage.local.set({ [WRITTEN_KEY]: next });
      // One call, one write against the pace: the fields' own keys and the record older versions read.
      await browser.storage.sync.set(items);
    }
    // Taken by sync now (or dropped by the change itself): no longer this computer's alone.
    if (pain.length > 0) await browser.storage.local.remove(PAIN_KEY);
    return settings;
  });
}

/**
 * "It hurt": kept in storage.local first, so the drill is out of rotation on this computer even
 * while storage.sync refuses the write; then written to sync, which takes it to the others. A
 * refused sync write leaves it pending: the next settings write (any page, the worker's next
 * retry) takes it along. Resolves with whether sync has it.
 */
export async function markPainful(drillId: string): Promise<boolean> {
  await navigator.locks.request(SETTINGS_LOCK, async () => {
    const { pain } = await readStored();
    if (!pain.includes(drillId)) await browser.storage.local.set({ [PAIN_KEY]: [...pain, drillId] });
  });
  return retryPain();
}

/** Writes pain flags still pending on this computer to sync; true when none is left. */
export async function retryPain(): Promise<boolean> {
  if ((await readStored()).pain.length === 0) return true;
  try {
    await writeSettings(() => ({}));
    return true;
  } catch (error) {
    console.warn('Desk Reset keeps a pain report on this computer until sync takes it.', error);
    return false;
  }
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
  // One call for a write of several keys: it is one storage change.
  const stops = [watch('sync', SYNC_KEYS, callback), watch('local', PAIN_KEY, callback), onPolicyChanged(callback)];
  return () => stops.forEach((stop) => stop());
}

/** The settings as the user now sees them, after their own change or the organisation's. */
export function onSettingsChanged(callback: (settings: Settings) => void): Unsubscribe {
  return onSettingsTouched(() => void loadSettings().then(callback));
}
