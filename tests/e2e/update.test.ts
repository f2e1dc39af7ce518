import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyBuild, installsSeen, type BuildCopy } from './build-copy';
import { ALWAYS_WORKING, getAlarm, launch, readStorage, settled, useSettings, waitFor, type Harness } from './harness';

// Updates and reinstalls, as the browser really delivers them: an update is the same unpacked
// folder loaded again over DevTools with a higher version (runtime.onInstalled, reason 'update',
// exactly as a store's update); a reinstall over kept data is the browser loading the folder at
// start-up from a profile that has it already.

const MIN = 60_000;
let h: Harness | null = null;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  const errors = h ? [...h.errors] : [];
  await h?.close();
  h = null;
  for (const cleanup of cleanups.splice(0)) cleanup();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

function copy(): BuildCopy {
  const c = copyBuild();
  cleanups.push(c.cleanup);
  return c;
}

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-reset-profile-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Both areas apart, the alarms and what is open: all an update could disturb. */
async function snapshot(x: Harness) {
  return x.sw(async () => ({
    local: (await chrome.storage.local.get(null)) as Record<string, any>,
    sync: (await chrome.storage.sync.get(null)) as Record<string, any>,
    alarms: (await chrome.alarms.getAll()).sort((a, b) => a.name.localeCompare(b.name)),
    // Every page of the extension (a tab, the toolbar popup, a drill window) and every window.
    contexts: (await chrome.runtime.getContexts({})).filter((c) => c.contextType !== 'BACKGROUND').map((c) => `${c.contextType} ${c.documentUrl}`),
    windows: (await chrome.windows.getAll()).length,
    notifications: Object.keys(await chrome.notifications.getAll()),
  }));
}

/** Loads the copy again with the next version and waits for the new worker to have handled the update. */
async function updateInPlace(x: Harness, c: BuildCopy, version: string): Promise<chrome.runtime.InstalledDetails[]> {
  c.setVersion(version);
  await x.devtools!.loadUnpacked(c.dir);
  // The old worker goes and the new one starts: ask until the new one answers.
  const installs = await waitFor(async () => {
    const seen = await installsSeen(x).catch(() => []);
    return seen.some((d) => d.reason === 'update') ? seen : null;
  }, 'the update to reach the new worker');
  await settled(x); // the extension's own install handler queued before the probe's answer was read
  return installs;
}

/** Closes every page of the extension (the welcome of the first install, the popup used), so any page after an update is one it opened. */
async function closeExtensionPages(x: Harness): Promise<void> {
  for (const page of x.context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
}

describe('an update, in Chromium', () => {
  it('keeps settings, history, levels, the snoozed break, its alarm and the rotation, and opens nothing', async () => {
    const c = copy();
    h = await launch({ overDevTools: true, extensionDir: c.dir });
    await waitFor(() => getAlarm(h!), 'the install alarm');
    await useSettings(h, { ...ALWAYS_WORKING, intervalMinutes: 60, soundCues: true, equipment: ['wall', 'doorway', 'chair', 'band'] });

    // A break done and rated (which moves the drill's level record), then a second one snoozed.
    const popup = await h.openPage('src/popup/index.html');
    await popup.getByRole('button', { name: 'Start a break now' }).click();
    await popup.locator('#drill-name').waitFor();
    await popup.getByRole('button', { name: 'Done', exact: true }).click();
    await popup.getByRole('group', { name: 'How did it feel' }).getByRole('button', { name: 'Easy', exact: true }).click();
    await expect.poll(async () => Object.keys((await readStorage(h!)).levels?.drills ?? {}).length).toBe(1);
    // The first drill brings the week's check-in: skipped for this week (an entry the update keeps).
    await popup.getByRole('button', { name: 'Not this week' }).click();
    await expect.poll(async () => (await readStorage(h!)).checkIns?.entries?.length).toBe(1);
    await popup.getByRole('button', { name: 'Start a break now' }).click();
    await popup.getByRole('button', { name: 'Snooze 10 min' }).click();
    await expect.poll(async () => (await readStorage(h!)).state.pending?.snoozedUntil).toBeGreaterThan(Date.now());
    await settled(h);
    await closeExtensionPages(h);
    const before = await snapshot(h);
    expect(before.local.history.map((e: { outcome: string }) => e.outcome)).toEqual(['done', 'snoozed']);
    expect(before.local.state.recentDrills).toHaveLength(1);
    expect(before.contexts).toEqual([]);

    const installs = await updateInPlace(h, c, '0.1.1');
    expect(installs).toEqual([{ reason: 'update', previousVersion: '0.1.0' }]);
    expect(await h.sw(() => chrome.runtime.getManifest().version)).toBe('0.1.1');

    const after = await snapshot(h);
    // What was stored stays as it was; an update may add (a migration's new records), never change or drop.
    for (const area of ['local', 'sync'] as const) {
      for (const [key, value] of Object.entries(before[area])) expect(after[area][key], `${area}.${key}`).toEqual(value);
    }
    // The snoozed break comes back when it was due to, on the alarm that was set for it; the rotation
    // (recently done drills, the drill the snoozed break brings) is the one stored.
    expect(after.alarms).toEqual(before.alarms);
    expect(after.alarms.find((a) => a.name === 'break')).toMatchObject({ scheduledTime: before.local.state.pending.snoozedUntil, periodInMinutes: 60 });
    // Nothing on screen: no welcome, no drill, no notification.
    expect(after.contexts).toEqual([]);
    expect(after.windows).toBe(before.windows);
    expect(after.notifications).toEqual([]);
  });

  it('while the user is away (screen locked): the absence is kept and a break due is not shown to an empty desk', async () => {
    const c = copy();
    h = await launch({ overDevTools: true, extensionDir: c.dir });
    await waitFor(() => getAlarm(h!), 'the install alarm');
    await useSettings(h, ALWAYS_WORKING);
    await closeExtensionPages(h);
    // Locked 20 minutes ago; the break fell due a minute ago, and the update lands before its alarm could.
    const awaySince = await h.sw(async () => {
      const now = Date.now();
      const { state } = (await chrome.storage.local.get('state')) as { state: Record<string, unknown> };
      await chrome.alarms.clear('break');
      await chrome.storage.local.set({ state: { ...state, lastResetAt: now - 91 * 60_000, nextBreakAt: now - 60_000, awaySince: now - 20 * 60_000 } });
      return now - 20 * 60_000;
    });
    const { local: before } = await snapshot(h);
    // From the new worker on, the operating system reports the screen locked (headless Chromium has no screen to lock).
    c.reportIdle('locked');

    await updateInPlace(h, c, '0.1.1');
    const after = await snapshot(h);
    expect.soft(after.local.state.awaySince).toBe(awaySince);
    expect.soft(after.local.history ?? []).toEqual(before.history ?? []); // no break counted as taken or shown
    expect.soft(after.local.state.pending?.held ?? true).toBe(true); // held for the user's return, if kept at all
    expect.soft(after.contexts).toEqual([]);
    expect.soft(after.notifications).toEqual([]);

    // They come back: the absence was their break, and the next one is a whole interval away.
    const back = await h.sw(async () => {
      (chrome.idle.onStateChanged as unknown as { dispatch(state: string): void }).dispatch('active');
      return Date.now();
    });
    await settled(h);
    const { state, history } = await readStorage(h);
    expect.soft(history?.map((e: { outcome: string }) => e.outcome)).toEqual(['natural']);
    expect.soft(state.lastResetAt).toBeGreaterThanOrEqual(back);
    expect.soft(state.nextBreakAt).toBeGreaterThanOrEqual(back + 90 * MIN);
  });
});

describe('a reinstall that finds its data (the folder loaded at start-up, as a developer does)', () => {
  it('opens no welcome, keeps the welcome where the user left it and does not restart the timer', async () => {
    const c = copy();
    const dir = profile();
    h = await launch({ userDataDir: dir, extensionDir: c.dir });
    await waitFor(async () => ((await installsSeen(h!)).length > 0 ? true : null), 'the first install');
    await settled(h);
    await h.sw(() => chrome.storage.local.set({ welcome: { step: 'kit', finishedAt: null } }));
    await closeExtensionPages(h);
    const before = await snapshot(h);
    const errors = [...h.errors];
    await h.context.close();
    expect(errors).toEqual([]);

    h = await launch({ userDataDir: dir, extensionDir: c.dir });
    // What Chromium really does: the folder given at start-up is installed again, with reason 'install'.
    const installs = await waitFor(async () => {
      const seen = await installsSeen(h!);
      return seen.length > 0 ? seen : null;
    }, 'the install event of the restart');
    expect(installs).toEqual([{ reason: 'install' }]);
    await settled(h);
    const after = await snapshot(h);
    expect.soft(after.contexts).toEqual([]);
    expect.soft(after.local.welcome).toEqual({ step: 'kit', finishedAt: null });
    expect.soft(after.local.state.lastResetAt).toBe(before.local.state.lastResetAt);
    expect.soft(after.local.state.nextBreakAt).toBe(before.local.state.nextBreakAt);
    expect.soft(after.alarms.find((a) => a.name === 'break')?.scheduledTime).toBe(before.local.state.nextBreakAt);
  });
});
