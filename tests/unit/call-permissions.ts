import { fakeBrowser } from '@webext-core/fake-browser';
import manifest from '../../manifest.json' with { type: 'json' };

// @webext-core/fake-browser leaves browser.permissions unimplemented: every call throws. This fills
// it in the style of fake-gaps.ts (in-memory state, events with `trigger`), with what Chromium and
// Firefox do: only what the manifest lists as optional may be requested, a request counts only
// while the browser handles the user's click, a prompt answers it, and onAdded / onRemoved follow.
// fakeBrowser.reset() (before every test) resets it through its resetState.

interface Permissions {
  origins?: string[];
  permissions?: string[];
}
type Listener = (permissions: Permissions) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void (listeners.includes(l) && listeners.splice(listeners.indexOf(l), 1)),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: async (p: Permissions) => {
      await Promise.all(listeners.map((l) => l(p)));
    },
    reset: () => void (listeners.length = 0),
  };
}

const optional = new Set<string>(manifest.optional_host_permissions ?? []);
const granted = new Set<string>();
const added = event();
const removed = event();
let inClick = false;
let answer = false;
/** Every request as made: its origins, and whether it came within the user's click. */
const requests: { origins: string[]; inClick: boolean }[] = [];

export const fakePermissions = {
  requests,
  /** What the user answers the browser's prompt from now on. */
  answer(yes: boolean): void {
    answer = yes;
  },
  /** Runs `handler` as the browser runs a click's handler: a request made before it returns is the user's. */
  click<T>(handler: () => T): T {
    inClick = true;
    try {
      return handler();
    } finally {
      inClick = false;
    }
  },
  /** The user takes sites back on the browser's extensions page. */
  async revoke(origins: string[]): Promise<void> {
    const gone = origins.filter((o) => granted.delete(o));
    if (gone.length) await removed.trigger({ origins: gone, permissions: [] });
  },
  granted: () => [...granted],
};

Object.assign(fakeBrowser.permissions, {
  request: async (p: Permissions) => {
    const origins = p.origins ?? [];
    requests.push({ origins, inClick });
    const asked = inClick;
    if (origins.some((o) => !optional.has(o))) throw new Error('Only permissions specified in the manifest may be requested.');
    if (!asked) throw new Error('permissions.request may only be called from a user input handler');
    if (origins.every((o) => granted.has(o))) return true;
    if (!answer) return false;
    const fresh = origins.filter((o) => !granted.has(o));
    fresh.forEach((o) => granted.add(o));
    await added.trigger({ origins: fresh, permissions: [] });
    return true;
  },
  contains: async (p: Permissions) => (p.origins ?? []).every((o) => granted.has(o)),
  getAll: async () => ({ origins: [...granted], permissions: manifest.permissions }),
  remove: async (p: Permissions) => {
    await fakePermissions.revoke(p.origins ?? []);
    return true;
  },
  onAdded: added,
  onRemoved: removed,
  resetState: () => {
    granted.clear();
    requests.length = 0;
    inClick = false;
    answer = false;
    added.reset();
    removed.reset();
  },
});
