import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { english } from '../english';
import { copyBuild, type BuildCopy } from './build-copy';
import { ALWAYS_WORKING, breakDueIn, DIST, getAlarm, type Harness, launch, readStorage, useSettings, waitFor } from './harness';

// A call in the browser holds a break: a tab at a meeting room's address, once the user allowed the
// meeting sites. A headless browser cannot answer the permission prompt, so a copy of the build has
// the sites granted at install (the request itself is unit-tested); the meeting pages are served
// by Playwright, and nothing else may reach the network.

const ROOM = 'https://meet.google.com/abc-defg-hij';
const HOME = 'https://meet.google.com/';
const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title><link rel="icon" href="data:,"></head><body>${title}</body></html>`;
const serve = { [ROOM]: page('Meet: abc-defg-hij'), [HOME]: page('Google Meet') };
const CALLS = { ...ALWAYS_WORKING, holdForCalls: true };
/** A test that waits up to a minute for the break, and its setting up. */
const MINUTE_AND_MORE = 90_000;

let h: Harness;
afterEach(async () => {
  const errors = [...h.errors];
  await h.close();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

const notifications = () => h.sw(() => chrome.notifications.getAll());
/** The extension's pages with the popup's views open anywhere: the toolbar popup, a window or a tab. */
const popupViews = () => h.sw(async () => (await chrome.runtime.getContexts({})).map((c) => c.documentUrl ?? '').filter((url) => url.includes('/src/popup/')));

async function openTab(url: string): Promise<Page> {
  const tab = await h.context.newPage();
  await tab.goto(url);
  return tab;
}

/** Waits until the worker has the break on screen (its notification up), and returns the state. */
const breakShown = (timeoutMs?: number) =>
  waitFor(async () => ('break' in (await notifications()) ? (await readStorage(h)).state : null), 'the break on screen', timeoutMs);

/** Takes the hold's check each minute away, so that only the tab's own event can end the hold. */
const noMinuteCheck = () => h.sw(() => chrome.alarms.clear('hold-check'));

describe('calls in Google Meet, with the meeting sites allowed', () => {
  let granted: BuildCopy;
  beforeAll(() => {
    granted = copyBuild();
    const file = join(granted.dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...manifest, host_permissions: manifest.optional_host_permissions }, null, 2));
  });
  afterAll(() => granted.cleanup());

  async function start(settings = CALLS) {
    h = await launch({ extensionDir: granted.dir, serve });
    await waitFor(() => getAlarm(h), 'the install alarm');
    await useSettings(h, settings);
  }

  it('a tab in a room holds the break that falls due, and the popup says why; closing the tab brings it at once', async () => {
    await start();
    const room = await openTab(ROOM);
    await breakDueIn(h);
    const { state } = await waitFor(async () => ((await readStorage(h)).state.pending?.waiting ? readStorage(h) : null), 'the break to wait');
    expect(state.pending.waiting.reason).toBe('call-google-meet');
    expect(await notifications()).toEqual({});
    expect(await popupViews()).toEqual([]);
    expect(await getAlarm(h, 'hold-check')).toMatchObject({ periodInMinutes: 1 });
    const popup = await h.openPage('src/popup/index.html');
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe(english('status_waiting_call', ['Google Meet']));
    await popup.close();

    await noMinuteCheck();
    await room.close();
    const after = await breakShown(60_000);
    expect(after.pending.waiting).toBeNull();
    expect((await readStorage(h)).history).toMatchObject([{ outcome: 'held', dueAt: state.pending.dueAt }]);
  }, MINUTE_AND_MORE);

  it('a room tab that goes to Meet’s home page brings the break at once', async () => {
    await start();
    const room = await openTab(ROOM);
    await breakDueIn(h);
    await waitFor(async () => (await readStorage(h)).state.pending?.waiting, 'the break to wait');
    await noMinuteCheck();
    await room.goto(HOME);
    const { pending } = await breakShown(60_000);
    expect(pending.waiting).toBeNull();
    expect((await readStorage(h)).history).toMatchObject([{ outcome: 'held' }]);
  }, MINUTE_AND_MORE);

  it('a tab at Meet’s home page is no call: the break comes', async () => {
    await start();
    await openTab(HOME);
    expect(await h.sw(async () => (await chrome.tabs.query({ url: 'https://meet.google.com/*' })).map((t) => t.url))).toEqual([HOME]);
    await breakDueIn(h);
    const { pending } = await breakShown();
    expect(pending.waiting).toBeNull();
  });

  it('turning the hold on in the settings saves it at once, the sites being allowed already', async () => {
    await start(ALWAYS_WORKING);
    const options = await h.openPage('src/options/index.html#behaviour');
    const toggle = options.getByRole('checkbox', { name: english('hold_calls') });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.check();
    await expect.poll(async () => (await readStorage(h)).settings.holdForCalls).toBe(true);
    expect(await toggle.isChecked()).toBe(true);
    expect(await options.locator('#hold-calls-refused').count()).toBe(0);
  });
});

describe('calls, with the meeting sites not allowed (the build as shipped)', () => {
  it('a tab in a Meet room holds nothing with the hold on, and the install asked for no host', async () => {
    h = await launch({ extensionDir: DIST, serve });
    await waitFor(() => getAlarm(h), 'the install alarm');
    await useSettings(h, CALLS);
    const all = await h.sw(() => chrome.permissions.getAll());
    expect({ permissions: [...all.permissions!].sort(), origins: all.origins }).toEqual({ permissions: ['alarms', 'idle', 'notifications', 'storage'], origins: [] });
    const room = await openTab(ROOM);
    expect(room.url()).toBe(ROOM);
    // Without the permission the worker cannot tell the tab's address.
    expect(await h.sw(() => chrome.tabs.query({ url: 'https://meet.google.com/*' }))).toEqual([]);
    await breakDueIn(h);
    const { pending } = await breakShown();
    expect(pending.waiting).toBeNull();
  });
});
