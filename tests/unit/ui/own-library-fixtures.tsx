import { render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { OwnDrill } from '../../../src/core/own-drill';
import { buildProgram } from '../../../src/core/program';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../../src/core/settings';
import { ownKey, ownRecord } from '../../../src/core/own-stored';
import type { OwnId } from '../../../src/core/catalog/ids';

// The settings page's drill library with the user's own drills and an organisation's, on the fake
// browser: what the library's tests store before they render it.

export const rows: OwnDrill = {
  id: 'own-rows1',
  name: 'Towel rows',
  purpose: 'Mid back, as my physiotherapist showed me',
  steps: ['Loop a towel round a door handle.', 'Lean back and pull.', 'Return slowly.'],
  cue: 'Elbows close to the body',
  mistake: 'Shrugging',
  category: 'strength',
  equipment: ['doorway'],
  position: 'standing',
  dose: { kind: 'reps', reps: 12, sets: 2, perSide: false, rest: 30 },
  figure: 'band-rows',
  routines: ['morning'],
  levels: true,
  picture: null,
};

/** An organisation's drill as a policy pushes it (its id comes from its name). */
export const orgStretch: Omit<OwnDrill, 'id'> = {
  name: 'Clinic neck stretch',
  purpose: 'Ease the neck between calls',
  steps: ['Sit tall.', 'Tilt your ear towards the shoulder.'],
  cue: '',
  mistake: '',
  category: 'stretch',
  equipment: ['none'],
  position: 'seated',
  dose: { kind: 'hold', seconds: 30, reps: 2, perSide: true },
  figure: null,
  routines: [],
  levels: true,
  picture: null,
};

/** The smallest real PNG (1×1), as a data URL. */
export const PNG_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export async function storeOwn(...drills: OwnDrill[]): Promise<void> {
  for (const [i, d] of drills.entries()) await fakeBrowser.storage.sync.set({ [ownKey(d.id as OwnId)]: ownRecord(d, undefined, 1000 + i) });
}

/** The organisation's policy, as the browser gives it and as the extension last read it: its program, and what it locked. */
export async function storePolicy(locked: string[] = []): Promise<void> {
  const policy = { drills: JSON.parse(buildProgram([{ ...orgStretch, id: 'own-x' }])) as unknown, locked };
  await fakeBrowser.storage.managed.set(policy);
  await fakeBrowser.storage.local.set({ policyLastRead: policy });
}

export const stored = async (id: string) => (await fakeBrowser.storage.sync.get(`own.${id}`))[`own.${id}`] as Record<string, unknown> | undefined;
export const storedPicture = async (id: string) => (await fakeBrowser.storage.local.get(`picture.${id}`))[`picture.${id}`] as string | undefined;
export const ownKeys = async () => Object.keys(await fakeBrowser.storage.sync.get(null)).filter((k) => k.startsWith('own.'));

/**
 * Renders the settings form (the library is in it) with fresh page stores, so they read this
 * test's storage, and waits until the user's own drills are drawn.
 */
export async function renderLibrary(settings: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true }): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings: toStored(settings) });
  // The fake browser has no byte count; Chromium's, for the line that says what space is left.
  vi.spyOn(fakeBrowser.storage.local, 'getBytesInUse').mockImplementation(async () => JSON.stringify(await fakeBrowser.storage.local.get(null)).length);
  vi.resetModules();
  const { SettingsForm } = await import('../../../src/options/SettingsForm');
  render(<SettingsForm section="exercises" stored={settings} state={null} locked={new Set()} />);
  await screen.findByTestId('own-add');
}

/** The card of a drill, null while it is not drawn. */
export const card = (id: string) => document.querySelector<HTMLElement>(`li.card[data-drill="${id}"]`);

/** The card of a drill once it is drawn. */
export const cardOf = (id: string) =>
  waitFor(() => {
    const found = card(id);
    if (!found) throw new Error(`no card of ${id}`);
    return found;
  });
