import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { updateSettings } from '../../src/platform/live';
import { loadSettings } from '../../src/platform/storage';
import { fakeLocks } from './fake-locks';

// A page saves through updateSettings; a write that fails before its change is taken (a failed
// read, a refused lock) must leave the next save free to try again.

afterEach(() => vi.restoreAllMocks());

describe('updateSettings after a failed write', () => {
  it('tries again after the read before the change failed', async () => {
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(() => Promise.reject(new Error('read failed'))).mockImplementation(get);
    await expect(updateSettings({ intervalMinutes: 45 })).rejects.toThrow('read failed');
    await expect(updateSettings({ intervalMinutes: 60 })).resolves.toMatchObject({ intervalMinutes: 60 });
    expect((await loadSettings()).intervalMinutes).toBe(60);
  });

  it('tries again after the lock was refused', async () => {
    const locks = navigator.locks as unknown as typeof fakeLocks;
    const request = locks.request.bind(locks);
    vi.spyOn(locks, 'request').mockImplementationOnce(() => Promise.reject(new Error('lock refused'))).mockImplementation(request);
    await expect(updateSettings({ soundCues: true })).rejects.toThrow('lock refused');
    await expect(updateSettings({ soundCues: true })).resolves.toMatchObject({ soundCues: true });
    expect((await loadSettings()).soundCues).toBe(true);
  });

  it('a change made while a write waits joins it, and both are stored', async () => {
    const first = updateSettings({ intervalMinutes: 45 });
    const second = updateSettings({ idleMinutes: 7 });
    expect(await first).toMatchObject({ intervalMinutes: 45, idleMinutes: 7 });
    expect(await second).toMatchObject({ intervalMinutes: 45, idleMinutes: 7 });
  });
});
