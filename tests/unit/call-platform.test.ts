import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { CALL_HOST_PATTERNS } from '../../src/core/call-sites';
import { callInTabs, hasCallSites, onCallSitesChanged, requestCallSites } from '../../src/platform/call-sites';
import { fakePermissions } from './call-permissions';
import { fakeCallTabs } from './call-tabs';

// Issue 25, item 2: the meeting sites' optional permissions, asked from the click that turns the
// hold on, and the one use made of them: which tab, if any, is at a meeting room's address.

const ALL = [...CALL_HOST_PATTERNS];
const allow = async () => {
  fakePermissions.answer(true);
  await fakePermissions.click(() => requestCallSites());
};

afterEach(() => vi.restoreAllMocks());

describe('asking for the meeting sites', () => {
  it('asks for exactly the meeting sites, within the click: before anything is awaited', () => {
    fakePermissions.answer(true);
    const asked = fakePermissions.click(() => requestCallSites());
    // Nothing awaited yet, and the request is already made, inside the click.
    expect(fakePermissions.requests).toEqual([{ origins: ALL, inClick: true }]);
    return expect(asked).resolves.toBe(true);
  });

  it('granted, holds them all; refused, holds none and says so', async () => {
    fakePermissions.answer(false);
    await expect(fakePermissions.click(() => requestCallSites())).resolves.toBe(false);
    expect(await hasCallSites()).toBe(false);
    expect(fakePermissions.granted()).toEqual([]);
    await allow();
    expect(await hasCallSites()).toBe(true);
    expect(fakePermissions.granted().sort()).toEqual([...ALL].sort());
  });

  it('a request outside a click is refused by the browser, and the refusal reaches the caller', async () => {
    fakePermissions.answer(true);
    await expect(requestCallSites()).rejects.toThrow(/user input handler/);
    expect(await hasCallSites()).toBe(false);
  });

  it('asks only for what the manifest lists as optional (the browser refuses anything else)', async () => {
    await allow();
    expect(fakePermissions.requests.map((r) => r.origins)).toEqual([ALL]);
  });
});

describe('whether the sites are allowed', () => {
  it('is false before any answer, and false again once the user takes one site back', async () => {
    expect(await hasCallSites()).toBe(false);
    await allow();
    await fakePermissions.revoke(['https://meet.jit.si/*']);
    expect(await hasCallSites()).toBe(false);
  });

  it('is told to a listener as the user grants or takes back, until it stops listening', async () => {
    const heard: boolean[] = [];
    const stop = onCallSitesChanged((granted) => heard.push(granted));
    await allow();
    await fakePermissions.revoke(['https://*.webex.com/*']);
    expect(heard).toEqual([true, false]);
    stop();
    await allow();
    await fakePermissions.revoke(ALL);
    expect(heard).toEqual([true, false]);
    expect(fakeBrowser.permissions.onAdded.hasListeners()).toBe(false);
    expect(fakeBrowser.permissions.onRemoved.hasListeners()).toBe(false);
  });
});

describe('a call in the tabs', () => {
  let tabs: ReturnType<typeof fakeCallTabs>;
  beforeEach(() => {
    tabs = fakeCallTabs();
  });

  it('is not looked for while the sites are not allowed: no tab is even asked about', async () => {
    await tabs.open('https://meet.google.com/abc-defg-hij');
    expect(await callInTabs()).toBeNull();
    expect(tabs.query).not.toHaveBeenCalled();
  });

  it('names the site of a tab at a meeting room, asking the browser for the meeting sites only', async () => {
    await allow();
    await tabs.open('https://example.com/');
    await tabs.open('https://meet.google.com/');
    expect(await callInTabs()).toBeNull();
    await tabs.open('https://app.zoom.us/wc/88395547586/join');
    expect(await callInTabs()).toBe('zoom');
    expect(tabs.query).toHaveBeenLastCalledWith({ url: ALL });
  });

  it('ends when the room tab leaves the room or closes', async () => {
    await allow();
    const room = await tabs.open('https://meet.google.com/abc-defg-hij');
    expect(await callInTabs()).toBe('google-meet');
    await tabs.navigate(room, 'https://meet.google.com/landing');
    expect(await callInTabs()).toBeNull();
    await tabs.navigate(room, 'https://meet.jit.si/ReunionSemanal');
    expect(await callInTabs()).toBe('jitsi');
    await tabs.navigate(room, 'https://meet.jit.si/static/close2.html');
    expect(await callInTabs()).toBeNull();
    await tabs.navigate(room, 'https://meet.jit.si/ReunionSemanal');
    await tabs.close(room);
    expect(await callInTabs()).toBeNull();
  });

  it('counts no tab whose address the browser does not show, nor one it discarded to save memory', async () => {
    await allow();
    const room = await tabs.open('https://whereby.com/equipo-ventas');
    expect(await callInTabs()).toBe('whereby');
    tabs.showAddresses(false);
    expect(await callInTabs()).toBeNull();
    tabs.showAddresses(true);
    tabs.discard(room);
    expect(await callInTabs()).toBeNull();
  });

  it('stops as soon as the user takes the sites back', async () => {
    await allow();
    await tabs.open('https://teams.live.com/light-meetings/launch?anon=true');
    expect(await callInTabs()).toBe('teams');
    await fakePermissions.revoke(['https://teams.live.com/*']);
    expect(await callInTabs()).toBeNull();
  });
});
