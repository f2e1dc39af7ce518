import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Tabs } from 'webextension-polyfill';
import { listenForTabs, listenForTabsFromStart, onTabsChanged, readSignals } from '../../src/platform/busy';
import { requestCallSites } from '../../src/platform/call-sites';
import { fakeBusy } from './fake-gaps';
import { fakePermissions } from './call-permissions';
import { fakeCallTabs } from './call-tabs';

// Issue 25, item 2: the worker asks for a call only while the call hold is on, and hears a room
// tab leave or close only then; with neither the sound nor the call hold on, no tab event wakes it.

const NONE = { fullscreen: false, audible: false, call: false };
const tab = (url: string) => ({ id: 1, index: 0, url, highlighted: false, active: true, pinned: false, incognito: false }) as Tabs.Tab;
type Trigger = typeof fakeBrowser.tabs.onUpdated.trigger;
const updated = (change: Parameters<Trigger>[1]) => fakeBrowser.tabs.onUpdated.trigger(1, change, tab(change.url ?? 'https://example.com/') as unknown as Parameters<Trigger>[2]);
const closed = () => fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
const listeners = () => [fakeBusy.tabListeners(), fakeBrowser.tabs.onRemoved.hasListeners() ? 1 : 0];

let heard = 0;
beforeEach(() => {
  heard = 0;
  onTabsChanged(async () => void heard++);
});
afterEach(() => vi.restoreAllMocks());

describe('reading the call signal', () => {
  it('is not asked while the call hold is off: no permission, no tab is looked at', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains');
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await readSignals(NONE)).toEqual({ fullscreen: false, audible: false, call: null });
    expect(contains).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
  });

  it('names no call while the sites are not allowed, and the site of a room tab once they are', async () => {
    await fakeCallTabs().open('https://meet.google.com/abc-defg-hij');
    expect(await readSignals({ ...NONE, call: true })).toEqual({ fullscreen: false, audible: false, call: null });
    fakePermissions.answer(true);
    await fakePermissions.click(() => requestCallSites());
    expect(await readSignals({ ...NONE, call: true })).toEqual({ fullscreen: false, audible: false, call: 'google-meet' });
    expect(await readSignals(NONE)).toEqual({ fullscreen: false, audible: false, call: null });
  });

  it('reads the call together with the other signals', async () => {
    await fakeCallTabs().open('https://meet.jit.si/ReunionSemanal');
    await fakeBusy.audible(true);
    fakePermissions.answer(true);
    await fakePermissions.click(() => requestCallSites());
    expect(await readSignals({ fullscreen: true, audible: true, call: true })).toEqual({ fullscreen: false, audible: true, call: 'jitsi' });
  });
});

describe('tab events', () => {
  it('are not listened to with neither hold on', () => {
    listenForTabs({ sound: false, calls: false });
    expect(listeners()).toEqual([0, 0]);
  });

  it('with the call hold on: a change of address and a closed tab are heard, any other change let go', async () => {
    listenForTabs({ sound: false, calls: true });
    listenForTabs({ sound: false, calls: true });
    expect(listeners()).toEqual([1, 1]);
    await updated({ title: 'Meet – abc-defg-hij' });
    await updated({ status: 'complete' });
    expect(heard).toBe(0);
    await updated({ url: 'https://meet.google.com/landing' });
    await closed();
    expect(heard).toBe(2);
  });

  it('with the sound hold on: a change of sound and a closed tab are heard, as before', async () => {
    listenForTabs({ sound: true, calls: false });
    expect(listeners()).toEqual([1, 1]);
    await fakeBusy.otherTabChange();
    expect(heard).toBe(0);
    await fakeBusy.audible(true);
    await closed();
    expect(heard).toBe(2);
  });

  it('are no longer listened to once both holds are off', async () => {
    listenForTabs({ sound: true, calls: true });
    listenForTabs({ sound: false, calls: true });
    expect(listeners()).toEqual([1, 1]);
    listenForTabs({ sound: false, calls: false });
    expect(listeners()).toEqual([0, 0]);
    await updated({ url: 'https://meet.google.com/landing' });
    await closed();
    expect(heard).toBe(0);
  });

  it('in Firefox, are filtered by the browser to a change of sound or address', () => {
    const filters: unknown[] = [];
    // Firefox takes a filter, as the fake (which throws, as Chromium does) does not.
    vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener').mockImplementation((_listener, filter?: unknown) => void filters.push(filter));
    listenForTabs({ sound: false, calls: true });
    expect(filters).toEqual([{ properties: ['audible', 'url'] }]);
  });

  it('at a worker start with both holds off, are taken off again so Chromium forgets an earlier run’s', () => {
    const offUpdated = vi.spyOn(fakeBrowser.tabs.onUpdated, 'removeListener');
    const offRemoved = vi.spyOn(fakeBrowser.tabs.onRemoved, 'removeListener');
    listenForTabsFromStart({ sound: false, calls: false });
    expect(listeners()).toEqual([0, 0]);
    expect([offUpdated.mock.calls.length, offRemoved.mock.calls.length]).toEqual([1, 1]);
  });

  it('at a worker start with the call hold on, are listened to', () => {
    listenForTabsFromStart({ sound: false, calls: true });
    expect(listeners()).toEqual([1, 1]);
  });
});
