import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { loadPolicy, onPolicyChanged, POLICY_CACHE_KEY } from '../../src/platform/policy';
import { loadSettings } from '../../src/platform/storage';

// Reading the organisation's policy without waiting on Chromium's slow answers.

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
});

describe('reading the policy', () => {
  it('uses the copy last read at once, and keeps the browser’s answer for the next read', async () => {
    await fakeBrowser.storage.managed.set({ intervalMinutes: 60, locked: ['intervalMinutes'] });
    expect((await loadPolicy()).policy).toEqual({ values: {}, locked: [] });
    await vi.waitFor(async () => expect(await cached()).toEqual({ intervalMinutes: 60, locked: ['intervalMinutes'] }));
    expect((await loadPolicy()).policy).toEqual({ values: { intervalMinutes: 60 }, locked: ['intervalMinutes'] });
  });

  it('keeps nothing while there is no policy, and forgets the copy once the policy is gone', async () => {
    expect((await loadPolicy()).policy).toEqual({ values: {}, locked: [] });
    await Promise.resolve();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    expect((await loadPolicy()).policy.values).toEqual({ intervalMinutes: 60 });
    await vi.waitFor(async () => expect(await cached()).toBeUndefined());
    expect((await loadPolicy()).policy.values).toEqual({});
  });

  it('takes a refused read (Firefox with no policy) as no policy, and forgets the copy', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    await loadPolicy();
    await vi.waitFor(async () => expect(await cached()).toBeUndefined());
    expect(await loadPolicy()).toEqual({ policy: { values: {}, locked: [] }, problems: [] });
  });

  it('never waits for a late answer; when it comes and differs, it is kept and announced', async () => {
    // Last read an hour ago; the organisation has changed it since.
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    const changed = vi.fn();
    onPolicyChanged(changed);
    const answer = slowManaged();
    expect((await loadPolicy()).policy.values).toEqual({ intervalMinutes: 60 });
    expect(changed).not.toHaveBeenCalled();

    answer({ intervalMinutes: 45 });
    await vi.waitFor(async () => expect(await cached()).toEqual({ intervalMinutes: 45 }));
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await loadPolicy()).policy.values).toEqual({ intervalMinutes: 45 });
  });

  it('with no copy yet (a new install), the settings go on without a policy until the answer brings it', async () => {
    const changed = vi.fn();
    onPolicyChanged(changed);
    const answer = slowManaged();
    expect((await loadSettings()).intervalMinutes).toBe(90);
    await fakeBrowser.storage.managed.set({ intervalMinutes: 30 });
    answer({ intervalMinutes: 30 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect((await loadSettings()).intervalMinutes).toBe(30);
  });

  it('an answer the same as the copy announces nothing', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60 } });
    const changed = vi.fn();
    onPolicyChanged(changed);
    const answer = slowManaged();
    await loadPolicy();
    answer({ intervalMinutes: 60 });
    await new Promise((r) => setTimeout(r, 0));
    await fakeBrowser.storage.local.get(null);
    expect(changed).not.toHaveBeenCalled();
  });

  it('a policy changed while the browser runs is kept and announced', async () => {
    const changed = vi.fn();
    onPolicyChanged(changed);
    await fakeBrowser.storage.managed.set({ snoozeCap: 1 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(await cached()).toEqual({ snoozeCap: 1 });
  });

  it('asks the browser only once the copy last read has answered, so the page’s other reads go first (issue 27)', async () => {
    const asked: string[] = [];
    const local = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: any) => {
      asked.push(`local ${String(keys)}`);
      const read = await local(keys);
      asked.push(`answered ${String(keys)}`);
      return read;
    });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
      asked.push('managed');
      return {};
    });
    await loadPolicy();
    await vi.waitFor(() => expect(managed).toHaveBeenCalled());
    expect(asked.slice(0, 3)).toEqual([`local ${POLICY_CACHE_KEY}`, `answered ${POLICY_CACHE_KEY}`, 'managed']);
  });
});
