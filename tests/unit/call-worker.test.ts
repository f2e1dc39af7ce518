import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../src/core/settings';
import { requestCallSites } from '../../src/platform/call-sites';
import { WORKER_LOCK } from '../../src/background/queue';
import { fakeBusy } from './fake-gaps';
import { fakePermissions } from './call-permissions';
import { fakeCallTabs } from './call-tabs';
import { fire, history, notes, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { inTimeZone, useTimeZone } from './tz';

// Issue 25, item 2, through the worker's real wiring: a break due while a tab is in a meeting
// room waits, and comes when the tab leaves the room or closes; a tab at a site's home page holds
// nothing; without the user's leave for the sites, or with the hold off, calls hold nothing.

useTimeZone('Europe/Berlin');
const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime()); // a Monday
const ROOM = 'https://meet.google.com/abc-defg-hij';

async function install(over: Partial<Settings> = {}) {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, holdForCalls: true, ...over }) });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
}
async function allowSites() {
  fakePermissions.answer(true);
  await fakePermissions.click(() => requestCallSites());
}
const waiting = async () => (await state()).pending?.waiting ?? null;

freshWorkerEach(() => t('09:00'));
let tabs: ReturnType<typeof fakeCallTabs>;
beforeEach(() => {
  tabs = fakeCallTabs();
});

describe('a break due during a call in the browser', () => {
  it('waits, naming the call’s site, and comes the moment the tab leaves the room', async () => {
    await allowSites();
    await install();
    const room = await tabs.open(ROOM);
    await fire('break', t('10:30'));
    expect(await waiting()).toEqual({ reason: 'call-google-meet', since: t('10:30') });
    expect(notes()).toEqual({});
    vi.setSystemTime(t('11:05'));
    await tabs.navigate(room, 'https://meet.google.com/landing');
    expect(notes().break).toMatchObject({ title: 'Time for a desk reset' });
    expect(await waiting()).toBeNull();
    expect(await history()).toMatchObject([{ outcome: 'held', dueAt: t('10:30'), shownAt: t('11:05'), seconds: 35 * 60 }]);
  });

  it('comes the moment the room tab closes', async () => {
    await allowSites();
    await install();
    const room = await tabs.open('https://us05web.zoom.us/wc/join/0123456789');
    await fire('break', t('10:30'));
    expect(await waiting()).toMatchObject({ reason: 'call-zoom' });
    vi.setSystemTime(t('10:40'));
    await tabs.close(room);
    expect(notes().break).toBeDefined();
  });

  it('a worker started since the break began to wait still hears the room close', async () => {
    await allowSites();
    await install();
    const room = await tabs.open('https://meet.jit.si/ReunionSemanal');
    await fire('break', t('10:30'));
    vi.setSystemTime(t('10:50'));
    vi.resetModules();
    await import('../../src/background/index');
    await navigator.locks.request(WORKER_LOCK, () => undefined);
    await tabs.close(room);
    expect(notes().break).toBeDefined();
  });

  it('a tab at the site’s home page, or a room while the sites are not allowed, holds nothing', async () => {
    await install();
    await tabs.open(ROOM);
    await fire('break', t('10:30'));
    expect(await waiting()).toBeNull();
    expect(notes().break).toBeDefined();
  });

  it('the home page holds nothing either once the sites are allowed', async () => {
    await allowSites();
    await install();
    await tabs.open('https://meet.google.com/');
    await fire('break', t('10:30'));
    expect(notes().break).toBeDefined();
  });

  it('with the call hold off, a call holds nothing and no tab event is listened to', async () => {
    await allowSites();
    await install({ holdForCalls: false });
    await tabs.open(ROOM);
    expect(fakeBusy.tabListeners()).toBe(0);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(false);
    await fire('break', t('10:30'));
    expect(notes().break).toBeDefined();
  });

  it('with the call hold on, tab changes and closes are listened to', async () => {
    await install();
    expect(fakeBusy.tabListeners()).toBe(1);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
  });
});
