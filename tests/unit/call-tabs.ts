import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Tabs } from 'webextension-polyfill';
import { matchesPattern } from './call-patterns';

// Tabs at the meeting sites, as the browser shows them to an extension with those sites' host
// permissions. The fake's tabs.query compares `url` as one address (the browser reads match
// patterns), knows no discarded tabs, and its tabs.remove fails; so the tabs of a call live here:
// a query by address reads them, any other query goes on to the fake as before.

type Change = Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[1];
type TriggerTab = Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];

export function fakeCallTabs() {
  const open = new Map<number, { url: string; discarded: boolean }>();
  let next = 100;
  let addresses = true;
  const before = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  const asTab = (id: number, t: { url: string; discarded: boolean }): Tabs.Tab => ({
    id, index: id, url: t.url, discarded: t.discarded, highlighted: false, active: false, pinned: false, incognito: false,
  });
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) => {
    if (info.url === undefined) return before(info);
    const all = [...open].map(([id, t]) => asTab(id, t));
    // Chromium ignores `url` in a query it may not match by address, and shows no tab's address.
    if (!addresses) return all.map(({ url: _hidden, ...tab }) => tab);
    const patterns = [info.url].flat();
    return all.filter((tab) => patterns.some((p) => matchesPattern(p, tab.url!)));
  });
  const updated = (id: number, change: Change) =>
    fakeBrowser.tabs.onUpdated.trigger(id, change, asTab(id, open.get(id)!) as unknown as TriggerTab);
  return {
    query,
    /** Opens a tab at `url`, as a link or the address bar does. */
    async open(url: string): Promise<number> {
      const id = next++;
      open.set(id, { url, discarded: false });
      await updated(id, { status: 'loading', url });
      return id;
    },
    /** The tab goes to another address: the site's own navigation, or the user's. */
    async navigate(id: number, url: string): Promise<void> {
      open.get(id)!.url = url;
      await updated(id, { status: 'loading', url });
    },
    async close(id: number): Promise<void> {
      open.delete(id);
      await fakeBrowser.tabs.onRemoved.trigger(id, { windowId: 1, isWindowClosing: false });
    },
    /** The browser unloads a background tab to save memory; its address stays. */
    discard(id: number): void {
      open.get(id)!.discarded = true;
    },
    /** Whether the browser shows the tabs' addresses (only with the sites' permission). */
    showAddresses(yes: boolean): void {
      addresses = yes;
    },
  };
}
