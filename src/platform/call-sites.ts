import browser from './browser';
import { CALL_HOST_PATTERNS, callSiteOf, type CallSiteId } from '../core/call-sites';
import type { Unsubscribe } from './watch';

// The meeting sites' optional host permissions (the only use of browser.permissions), and the one
// thing they are used for: the addresses of the tabs on those sites. No page is read or scripted.

const origins = (): string[] => [...CALL_HOST_PATTERNS];

/**
 * Asks the user for the meeting sites; true once granted. The browser shows its prompt only for a
 * request made while it still handles the user's click, so the request is sent before anything is
 * awaited: call this straight from the click's handler, and await it there.
 */
export function requestCallSites(): Promise<boolean> {
  return browser.permissions.request({ origins: origins() });
}

/** Whether every meeting site is allowed: the user may take one or all back on the extensions page. */
export function hasCallSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: origins() });
}

/** Calls back with whether the sites are still all allowed, whenever the user grants or takes back a permission. */
export function onCallSitesChanged(callback: (granted: boolean) => void): Unsubscribe {
  let live = true;
  // Asked anew rather than read from the event: taking back one site leaves the others granted.
  const changed = () => hasCallSites().then((granted) => live && callback(granted), () => live && callback(false));
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    live = false;
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

/**
 * The site of a tab that is in a meeting room, if any; null as well while the sites are not allowed
 * (without the permission the browser shows no tab's address). A tab the browser discarded to save
 * memory holds no call, whatever its address.
 */
export async function callInTabs(): Promise<CallSiteId | null> {
  if (!(await hasCallSites())) return null;
  const tabs = await browser.tabs.query({ url: origins() });
  for (const tab of tabs) {
    const site = tab.url && !tab.discarded ? callSiteOf(tab.url) : null;
    if (site) return site;
  }
  return null;
}
