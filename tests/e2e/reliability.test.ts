import { fromSync, readStoredSettings } from '../../src/core/settings-sync';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALWAYS_WORKING, breakDueIn, getAlarm, launch, readStorage, settled, stopServiceWorker, useSettings, waitFor, type Harness } from './harness';
import { WORKER_LOCK } from '../../src/background/queue';

const MIN = 60_000;
let h: Harness | null = null;
const profiles: string[] = [];
afterEach(async () => {
  const errors = h ? [...h.errors] : [];
  await h?.close();
  h = null;
  for (const p of profiles.splice(0)) rmSync(p, { recursive: true, force: true });
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-reset-profile-'));
  profiles.push(dir);
  return dir;
}

/** A fresh install on a profile that outlives the browser. */
async function installOn(dir: string): Promise<Harness> {
  const first = await launch({ userDataDir: dir });
  await waitFor(() => getAlarm(first), 'the install alarm');
  await waitFor(async () => first.context.pages().find((p) => p.url().endsWith('/src/welcome/index.html')), 'the welcome page');
  return first;
}

describe('reliability under faults', () => {
  it('the service worker is stopped mid-schedule: the next break still fires on time, nothing is lost', async () => {
    h = await launch();
    await waitFor(() => getAlarm(h!), 'the install alarm');
    await useSettings(h, ALWAYS_WORKING);
    // An extension page watches, so that nothing the test does wakes the worker: only the alarm may.
    // (Its errors after the restart are still collected: the harness watches every incarnation.)
    const observer = await h.openPage('src/popup/index.html');
    const read = () => observer.evaluate(async () => ({ ...(await chrome.storage.local.get(null)), ...(await chrome.storage.sync.get(null)) }) as Record<string, any>);
    const due = await breakDueIn(h, 4000);
    const before = await read();

    await stopServiceWorker(h);
    const cdp = await h.context.newCDPSession(observer);
    const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker').length;
    expect(await workers()).toBe(0);

    const shown = await waitFor(async () => ('break' in (await observer.evaluate(() => chrome.notifications.getAll())) ? Date.now() : null), 'the break notification', 15_000);
    expect(shown - due).toBeLessThan(3000);
    expect(await workers()).toBe(1); // the alarm, not the test, started it again

    const after = await read();
    expect(after.settings).toEqual(before.settings);
    expect(after.state.lastResetAt).toBe(before.state.lastResetAt);
    expect(after.state.pending).toMatchObject({ held: false, snoozedUntil: null });
    const alarm = await observer.evaluate(() => chrome.alarms.get('break'));
    expect(alarm!.scheduledTime).toBeGreaterThan(Date.now() + 80 * MIN); // the reminder, one interval on
  });

  it('a browser restart keeps settings, history, the pause and the schedule, and rebuilds a dropped alarm', async () => {
    const dir = profile();
    h = await installOn(dir);
    await useSettings(h, { ...ALWAYS_WORKING, intervalMinutes: 60, showBadge: true });
    const popup = await h.openPage('src/popup/index.html');
    await popup.getByRole('button', { name: 'Start a break now' }).click();
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.getByRole('button', { name: 'Easy' }).click();
    // The first drill brings the week's check-in; skipped for this week, it is kept like the rest.
    await popup.getByRole('button', { name: 'Not this week' }).click();
    await expect.poll(async () => (await readStorage(h!)).checkIns?.entries?.length).toBe(1);
    await popup.getByText('Pause breaks').click();
    await popup.getByRole('button', { name: 'For 1 hour' }).click();
    await expect.poll(async () => (await readStorage(h!)).state.pause).not.toBeNull();
    await expect.poll(async () => (await readStorage(h!)).history?.at(-1)?.rating).toBe('easy');
    const before = await readStorage(h);
    await h.sw(() => chrome.alarms.clearAll()); // as if the browser had lost it
    const errors = [...h.errors];
    await h.context.close();
    expect(errors).toEqual([]);

    h = await launch({ userDataDir: dir });
    const alarm = await waitFor(() => getAlarm(h!), 'the break alarm, rebuilt at startup');
    const after = await readStorage(h);
    expect(alarm.scheduledTime).toBe(before.state.pause.until);
    expect(after.settings).toEqual(before.settings);
    expect(after.history).toEqual(before.history);
    expect(after.state.pause).toEqual(before.state.pause);
    expect(after.state.lastResetAt).toBe(before.state.lastResetAt);
    await expect.poll(() => h!.sw(() => chrome.action.getBadgeText({}))).toBe('II');
  });

  it('corrupted storage at start is read repaired field by field, keeping every valid value, and left as it was', async () => {
    const dir = profile();
    h = await installOn(dir);
    const goodEvent = { at: Date.now() - 3600_000, outcome: 'done', dueAt: null, shownAt: null, drillId: 'chin-tucks', rating: 'easy', seconds: 50 };
    const broken = {
      settings: { version: 99, intervalMinutes: 45, workDays: 'weekdays', hologram: '<script>alert(1)</script>', snoozeMinutes: [5, 'x'], disabledDrills: ['band-rows', 'gone'], showBadge: 'maybe' },
      history: [goodEvent, { at: 'x' }, 'junk', { at: 5, outcome: 'done' }],
    };
    // Written under the worker's lock: a handler still busy with the install (the welcome tab wakes
    // it) would otherwise store its own state over this one.
    await h.sw(async ({ settings, history, lock }) => {
      await navigator.locks.request(lock, async () => {
        await chrome.storage.sync.set({ settings });
        await chrome.storage.local.set({
          state: { lastResetAt: 'yesterday', pending: { drillId: 'gone' }, recentDrills: 'x', pause: 7, extra: true },
          history,
          historyDays: 'oops',
          strangeKey: { nested: [1, 2, 3] },
        });
      });
    }, { ...broken, lock: WORKER_LOCK });
    await h.context.close();

    h = await launch({ userDataDir: dir });
    await waitFor(() => getAlarm(h!), 'the break alarm after repair');
    // Nothing is repaired in storage: what this version cannot read may be a newer version's, so
    // every reader works on a view repaired in memory and leaves the stored values as they are.
    const popup = await h.openPage('src/popup/index.html');
    await popup.getByTestId('today').waitFor();
    await settled(h);
    const after = await readStorage(h);
    expect(after.settings).toEqual(broken.settings);
    expect(after.history).toEqual(broken.history);
    expect(after).toMatchObject({ historyDays: 'oops', strangeKey: { nested: [1, 2, 3] } });
    // The view: valid values kept, broken ones at their defaults.
    expect(readStoredSettings(fromSync(after)).settings).toMatchObject({ intervalMinutes: 45, disabledDrills: ['band-rows'], workDays: [1, 2, 3, 4, 5], snoozeMinutes: [5, 10, 15], showBadge: false });
    // The worker's own record, the schedule, it writes from its view, keeping the field it does not know.
    expect(after.state).toMatchObject({ pending: null, pause: null, recentDrills: [], extra: true });
    expect(typeof after.state.lastResetAt).toBe('number');
    // The settings page works on the repaired data too.
    const options = await h.openPage('src/options/index.html');
    await expect.poll(() => options.getByLabel('Minutes between breaks').inputValue()).toBe('45');
  });

  it('with the sync area missing entirely, it starts on defaults and keeps the local history', async () => {
    const dir = profile();
    h = await installOn(dir);
    await h.sw(async () => {
      await chrome.storage.local.set({ history: [{ at: Date.now() - 1000, outcome: 'skipped', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null }] });
      await chrome.storage.sync.clear();
    });
    await h.context.close();
    h = await launch({ userDataDir: dir });
    await waitFor(() => getAlarm(h!), 'the break alarm');
    const after = await readStorage(h);
    expect(after.settings).toBeUndefined(); // nothing to repair: defaults are read, not written
    expect(after.history).toHaveLength(1);
    const options = await h.openPage('src/options/index.html');
    await expect.poll(() => options.getByLabel('Minutes between breaks').inputValue()).toBe('90');
  });

  it('200 rapid settings changes from two options tabs: one break alarm, the last write per field, no quota error', async () => {
    h = await launch();
    await waitFor(() => getAlarm(h!), 'the install alarm');
    await useSettings(h, ALWAYS_WORKING);
    // One tab on the schedule, the other on the exercises, each saving the whole record.
    const tabs = [await h.openPage('src/options/index.html'), await h.openPage('src/options/index.html#exercises')];
    await tabs[0]!.getByTestId('upcoming').waitFor();
    await tabs[1]!.locator('#exercises-title').waitFor();
    // Each tab owns its fields, as two people (or one person in two windows) would; values change on every step.
    const fields = [
      ['Minutes between breaks', 'intervalMinutes', (i: number) => 30 + (i % 150)],
      ['Away this many minutes counts as a break', 'idleMinutes', (i: number) => 1 + (i % 50)],
      ['Snoozes in a row before only Done or Skip remain', 'snoozeCap', (i: number) => i % 10],
    ] as const;
    const drillCap = ['Longest drill at a break (seconds)', 'drillCapSeconds', (i: number) => 60 + (i % 200)] as const;
    const expected: Record<string, number> = {};
    for (let i = 0; i < 200; i++) {
      const [label, key, value] = i % 2 ? drillCap : fields[(i / 2) % 3]!;
      await tabs[i % 2]!.getByLabel(label).fill(String(value(i)));
      expected[key] = value(i);
    }
    await expect.poll(async () => (await readStorage(h!)).settings, { timeout: 10_000 }).toMatchObject(expected);
    for (const tab of tabs) await expect.poll(() => tab.getByTestId('save-status').textContent()).not.toMatch(/Could not save/);
    expect(await tabs[0]!.getByLabel('Minutes between breaks').inputValue()).toBe(String(expected.intervalMinutes));
    expect(await tabs[1]!.getByLabel('Longest drill at a break (seconds)').inputValue()).toBe(String(expected.drillCapSeconds));
    const breakAlarms = (await h.sw(() => chrome.alarms.getAll())).filter((a) => a.name === 'break');
    expect(breakAlarms).toHaveLength(1);
    expect(breakAlarms[0]!.periodInMinutes).toBe(expected.intervalMinutes);
    expect(h.errors.filter((e) => /QUOTA|quota/.test(e))).toEqual([]);
  });
});
