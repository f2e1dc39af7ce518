import browser from './browser';
import { readPolicy } from '../core/policy';
import type { Policy } from '../core/settings';
import { watch, type Unsubscribe } from './watch';

// Chromium answers the first read of managed storage after the browser starts (or installs the
// extension) only once its policy service is ready: 3 s on the test machines, up to 8 s reported
// elsewhere, with or without a policy; and a page's read can take longer than its whole first
// render. Nothing waits for it: the policy as last read is used at once, while a fresh read goes
// out; its answer, where it differs, is stored, and that change reaches the worker and every page
// as a change of policy.

/** The organisation's policy as last read (absent while there is none), in storage.local. */
export const POLICY_CACHE_KEY = 'policyLastRead';

const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);

/** Stores what the browser answered when it differs from the last read; no policy leaves nothing stored. */
async function remember(raw: unknown): Promise<void> {
  const last = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
  if (isEmpty(raw)) {
    if (last !== undefined) await browser.storage.local.remove(POLICY_CACHE_KEY);
  } else if (JSON.stringify(raw) !== JSON.stringify(last)) {
    await browser.storage.local.set({ [POLICY_CACHE_KEY]: raw });
  }
}

/** Asks the browser for the policy and keeps its answer; Firefox refuses the read when no policy names the extension, which is no policy. */
const refresh = () =>
  browser.storage.managed
    .get()
    .then(remember, () => remember(undefined))
    // A refused write leaves the last copy; the next read tries again.
    .catch(() => undefined);

/**
 * The policy as last read, undefined for none; a fresh read goes out once that is answered. Asked
 * first, the browser's read of managed storage held up the page's other reads issued after it, by
 * about 3 ms at every popup opening (issue 27).
 */
export async function lastRead(): Promise<unknown> {
  const raw = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
  void refresh();
  return isEmpty(raw) ? undefined : raw;
}

/** What the organisation set through browser policy, if anything, and what was wrong with it (its drills: org-drills.ts). */
export async function loadPolicy(): Promise<{ policy: Policy; problems: string[] }> {
  return readPolicy(await lastRead());
}

/**
 * Calls back when the organisation's policy changes: Chromium reads it again while running, and a
 * fresh read may find it differs from the last one kept.
 */
export function onPolicyChanged(callback: () => void): Unsubscribe {
  const stopManaged = watch('managed', null, () => void refresh());
  const stopLast = watch('local', POLICY_CACHE_KEY, callback);
  return () => {
    stopManaged();
    stopLast();
  };
}
