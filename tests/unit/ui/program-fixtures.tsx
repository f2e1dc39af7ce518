import { render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { OwnId } from '../../../src/core/catalog/ids';
import type { OwnDrill } from '../../../src/core/own-drill';
import { ownKey, ownRecord } from '../../../src/core/own-stored';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../../src/core/settings';
import { measureLocal } from '../program-samples';

// The program part of the data section on the fake browser: what its tests store and render.

export async function storeOwn(...drills: OwnDrill[]): Promise<void> {
  for (const [i, d] of drills.entries()) {
    await fakeBrowser.storage.sync.set({ [ownKey(d.id as OwnId)]: ownRecord(d, undefined, 1000 + i) });
    if (d.picture) await fakeBrowser.storage.local.set({ [`picture.${d.id}`]: d.picture });
  }
}

/** Renders the program part with fresh page stores, so they read this test's storage; returns the clean-up of the byte count. */
export async function renderProgram(settings: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true }): Promise<() => void> {
  await fakeBrowser.storage.sync.set({ settings: toStored(settings) });
  const unmeasure = measureLocal();
  vi.resetModules();
  const { ProgramSection } = await import('../../../src/options/ProgramSection');
  render(<ProgramSection />);
  await screen.findByRole('button', { name: 'Export program' });
  return unmeasure;
}

/** Catches downloads: the blob of each and the link clicked for it. */
export function catchDownloads(): { clicked: HTMLAnchorElement[]; text: (i: number) => Promise<string> } {
  const blobs: Blob[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (b: Blob) => {
        blobs.push(b);
        return `blob:desk-reset/${blobs.length}`;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  return { clicked, text: (i) => blobs[i]!.text() };
}

/** Chooses `text` as the program file. */
export function chooseProgram(text: string, name = 'desk-reset-program-2026-03-02.json'): void {
  const input = screen.getByTestId('program-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
