// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored } from '../../../src/core/settings';
import { Acknowledge } from '../../../src/ui/Acknowledge';

import { COPIES } from '../../../src/core/settings-sync';

/** The single settings record as versions up to 6 read it (this version's digests left out). */
const stored = async () => {
  const settings = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
  if (!settings) return settings;
  const { [COPIES]: _copies, ...record } = settings;
  return record;
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the safety acknowledgement (popup and options page)', () => {
  it('writes only that it was read, keeping every other field as stored now', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 45 }), fromNewerVersion: true } });
    render(<Acknowledge label="understand" />);
    // Another tab changes a setting after this page loaded its copy.
    await fakeBrowser.storage.sync.set({ settings: { ...(await stored()), soundCues: true } });
    fireEvent.click(screen.getByRole('button', { name: 'I understand' }));
    await waitFor(async () => expect((await stored())?.safetyAcknowledged).toBe(true));
    expect(await stored()).toEqual({ ...toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 45, soundCues: true, safetyAcknowledged: true }), fromNewerVersion: true });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why when the browser refuses the write, and stores nothing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    render(<Acknowledge label="safety_continue" />);
    fireEvent.click(screen.getByRole('button', { name: 'I understand, show the drill' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not save that you have read this: your browser allows synced settings only so many changes a minute and an hour, and that limit is reached for now. Please try again in a minute.',
    );
    expect((await stored())?.safetyAcknowledged).toBeUndefined();
  });
});
