// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { HistoryStore } from '../../../src/core/history';
import { NO_LEVELS } from '../../../src/core/levels';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../../src/core/settings';
import { buildExport, parseImport, serializeExport } from '../../../src/core/transfer';
import { measureLocal, pictureUrl, towel, yRaise } from '../program-samples';
import { catchDownloads, storeOwn } from './program-fixtures';

// Issue 24 item 4: the data section's export of everything carries the user's own drills and
// their pictures; its import shows them in the preview and writes them with the rest.

const NOW = new Date('2026-03-02T10:30:00').getTime();
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true };
const HISTORY: HistoryStore = { events: [], days: [] };
const PICTURE = pictureUrl('webp', 60);

/** What the canvas gives back for every picture: an imported one is drawn afresh before it is stored. */
const REDRAWN = pictureUrl('png', 50);

let unmeasure = () => {};
beforeEach(async () => {
  vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 300, height: 200, close: () => undefined })));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: () => undefined } as never);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(REDRAWN);
  unmeasure = measureLocal();
  await fakeBrowser.storage.sync.set({ settings: toStored(SETTINGS) });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  unmeasure();
});

async function renderData() {
  vi.resetModules();
  const { DataSection } = await import('../../../src/options/DataSection');
  render(<DataSection settings={SETTINGS} history={HISTORY} />);
}

function chooseExport(text: string) {
  const input = screen.getByLabelText('Import a file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], 'desk-reset-2026-03-02.json', { type: 'application/json' })] } });
}

describe('the export of everything, own drills included', () => {
  it('holds the own drills with the pictures stored here, and reads back the same', async () => {
    await storeOwn({ ...yRaise, picture: PICTURE }, towel);
    const downloads = catchDownloads();
    await renderData();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings and history' }));
    await waitFor(() => expect(downloads.clicked).toHaveLength(1));
    const read = parseImport(await downloads.text(0), Date.now());
    expect(read.ok && read.data.ownDrills).toEqual([{ ...yRaise, picture: PICTURE }, towel]);
  });

  it('an import shows them in the preview, then writes them and their pictures with the rest', async () => {
    await storeOwn({ ...yRaise, purpose: 'Mine before' });
    await renderData();
    chooseExport(serializeExport(buildExport(SETTINGS, HISTORY, NO_LEVELS, NOW, [{ ...yRaise, picture: PICTURE }, towel])));
    const preview = await screen.findByRole('group', { name: /would change/ });
    await waitFor(() => expect(within(preview).getByText('Own drills: 2 in the file (with a picture: 1; replacing yours of the same id: 1); your other own drills stay')).toBeTruthy());
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my settings and history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported.'));
    expect((await fakeBrowser.storage.sync.get('own.own-a'))['own.own-a']).toMatchObject({ purpose: yRaise.purpose });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).filter((k) => k.startsWith('own.')).sort()).toEqual(['own.own-a', 'own.own-b']);
    expect((await fakeBrowser.storage.local.get('picture.own-a'))['picture.own-a']).toBe(REDRAWN);
  });

  it('says why nothing was imported when the file\'s pictures would pass the limit', async () => {
    await fakeBrowser.storage.local.set(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`picture.own-p${i}`, PICTURE])));
    await renderData();
    chooseExport(serializeExport(buildExport(SETTINGS, HISTORY, NO_LEVELS, NOW, [{ ...yRaise, picture: PICTURE }])));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my settings and history' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: new pictures in this file: 1; room left for pictures: 0 (Desk Reset stores at most 40). Remove pictures from your own drills first, or choose a file with fewer.');
    expect(await fakeBrowser.storage.sync.get('own.own-a')).toEqual({});
  });
});
