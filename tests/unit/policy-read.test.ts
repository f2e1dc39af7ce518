import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { loadPolicy, onPolicyChanged, POLICY_CACHE_KEY, POLICY_PATIENCE_MS } from '../../src/platform/policy';
import { loadSettings } from '../../src/platform/storage';

// Reading the organisation's policy without waiting on Chromium's slow first answer.

const cached = async () => (await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];

/** Managed storage that answers only when told to, as Chromium's does for seconds after it starts. */
function slowManaged() {
  let answer: (raw: unknown) => void = () => undefined;
  const pending = new Promise<Record<string, unknown>>((resolve) => (answer = resolve as never));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValueOnce(pending as never);
  return answer;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('reading the policy', () => {
  it('uses the browser’s answer when it comes in time, and keeps a copy of it', async () => {
    await fakeBrowser.storage.managed.set({ intervalMinutes: 60, locked: ['intervalMinutes'] });
    expect((await loadPolicy()).policy).toEqual({ values: { intervalMinutes: 60 }, locked: ['intervalMinutes'] });
    expect(await cached()).toEqual({ intervalMinutes: 60, locked: ['intervalMinutes'] });
  });

  it('keeps nothing while there is no policy, and forgets the copy once the policy is gone', async () => {
    expect((await loadPolicy()).policy).toEqual({ values: {}, locked: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    expect((await loadPolicy()).policy.values).toEqual({});
    expect(await cached()).toBeUndefined();
  });

  it('takes a refused read (Firefox with no policy) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await loadPolicy()).toEqual({ policy: { values: {}, locked: [] }, problems: [] });
  });

  it('does not wait for a late answer: the copy stands in, then the answer is kept and announced', async () => {
    vi.useFakeTimers();
    // Last read an hour ago; the organisation has changed it since.
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45 });
    const changed = vi.fn();
    onPolicyChanged(changed);
    const answer = slowManaged();
    const read = loadPolicy();
    await vi.advanceTimersByTimeAsync(POLICY_PATIENCE_MS - 1);
    let done = false;
    void read.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await read).policy.values).toEqual({ intervalMinutes: 60 });

    // Until the answer comes, no other read waits for it.
    const again = loadPolicy();
    await vi.advanceTimersByTimeAsync(0);
    expect((await again).policy.values).toEqual({ intervalMinutes: 60 });
    expect(fakeBrowser.storage.managed.get).toHaveBeenCalledTimes(1);

    answer({ intervalMinutes: 45 });
    await vi.waitFor(async () => expect(await cached()).toEqual({ intervalMinutes: 45 }));
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await loadPolicy()).policy.values).toEqual({ intervalMinutes: 45 });
  });

  it('with no copy yet (a new install), the settings go on without a policy until the answer brings it', async () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    onPolicyChanged(changed);
    const answer = slowManaged();
    const settings = loadSettings();
    await vi.advanceTimersByTimeAsync(POLICY_PATIENCE_MS);
    expect((await settings).intervalMinutes).toBe(90);
    await fakeBrowser.storage.managed.set({ intervalMinutes: 30 });
    answer({ intervalMinutes: 30 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect((await loadSettings()).intervalMinutes).toBe(30);
  });

  it('an answer the same as the copy announces nothing', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    const changed = vi.fn();
    onPolicyChanged(changed);
    const answer = slowManaged();
    const read = loadPolicy();
    await vi.advanceTimersByTimeAsync(POLICY_PATIENCE_MS);
    await read;
    answer({ intervalMinutes: 60 });
    await vi.advanceTimersByTimeAsync(10);
    expect(changed).not.toHaveBeenCalled();
  });

  it('a policy changed while the browser runs is kept and announced', async () => {
    const changed = vi.fn();
    onPolicyChanged(changed);
    await fakeBrowser.storage.managed.set({ snoozeCap: 1 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(await cached()).toEqual({ snoozeCap: 1 });
  });
});
