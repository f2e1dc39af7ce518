import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { WORKER_LOCK } from '../../src/background/queue';
import { clearHistory, importData } from '../../src/platform/data';
import { SETTINGS_LOCK } from '../../src/platform/storage';
import { history, send } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// Issue 23 item 6: every writer of the history through one lock, in the worker's real wiring. A
// page's write (clear, import) that lands while the worker is between its read and its write of
// the history must not be undone by that write, and an import's rollback must not erase a break
// the worker recorded meanwhile.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => inTimeZone('Europe/Berlin', () => new Date(`2026-03-${day}T${hhmm}`).getTime());
const event = (at: number, outcome = 'skipped', drillId: string | null = null) => ({ at, outcome, dueAt: at, shownAt: at, drillId, rating: null, seconds: outcome === 'done' ? 30 : null });
const EARLIER = [event(t('08:00', '01')), event(t('09:00', '01')), event(t('10:00', '01')), event(t('11:00', '01'))];
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
/** Lets every step that can run now run, on real macrotasks (only Date is faked). */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((done) => setTimeout(done, 0));
};

async function install() {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await fakeBrowser.storage.local.set({ history: EARLIER });
}

/** The next read of the history (the worker's, before it writes) lets `page` start, and gives it turns to run. */
function onNextHistoryRead(page: () => Promise<unknown>): { done: () => Promise<unknown> } {
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  let started: Promise<unknown> | null = null;
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: any) => {
    const read = await get(keys);
    if (started === null && [keys].flat().includes('history')) {
      started = page();
      await turns();
    }
    return read;
  });
  return { done: () => started ?? Promise.reject(new Error('the worker never read the history')) };
}

freshWorkerEach(() => t('09:00'));

describe('one lock for the history', () => {
  it('"clear history" landing between the worker\'s read and write of a break is not undone', async () => {
    await install();
    vi.setSystemTime(t('09:30'));
    await send({ type: 'start-now' });
    const clear = onNextHistoryRead(() => clearHistory(false));
    await send({ type: 'finish', outcome: 'done', seconds: 30 });
    await clear.done();
    await settle();
    // The clear came after the worker read: the four earlier events and the break are gone, none came back.
    expect(await history()).toEqual([]);
  });

  it('"clear history" landing while a rating is attached is not undone', async () => {
    await install();
    vi.setSystemTime(t('09:30'));
    await send({ type: 'start-now' });
    const { state } = (await fakeBrowser.storage.local.get('state')) as any;
    await send({ type: 'finish', outcome: 'done', seconds: 30 });
    expect(await history()).toHaveLength(5);
    const clear = onNextHistoryRead(() => clearHistory(false));
    await send({ type: 'rate', drillId: state.pending.drillId, rating: 'right' });
    await clear.done();
    await settle();
    expect(await history()).toEqual([]);
  });

  it('an import whose settings are refused puts back only its own change: a break finished meanwhile stays', async () => {
    await install();
    vi.setSystemTime(t('09:30'));
    await send({ type: 'start-now' });
    // The settings' write waits its turn (another page is writing), then storage.sync refuses it.
    let open!: () => void;
    const busy = navigator.locks.request(SETTINGS_LOCK, () => new Promise<void>((done) => (open = done)));
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    const imported = importData({ settings: DEFAULT_SETTINGS, history: { events: [event(t('12:00', '01')) as any], days: [] }, levels: null }, t('09:30'));
    await turns();
    // Meanwhile the user finishes the break: the worker records it.
    const finished = send({ type: 'finish', outcome: 'done', seconds: 30 });
    await turns();
    open();
    await busy;
    expect(await imported).toEqual({ error: quota, partial: false });
    await finished;
    await settle();
    const stored = await history();
    expect(stored.slice(0, 4)).toEqual(EARLIER);
    expect(stored).toHaveLength(5);
    expect(stored[4]).toMatchObject({ at: t('09:30'), outcome: 'done', seconds: 30 });
  });
});
