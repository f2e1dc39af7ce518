// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { LADDERS } from '../../../src/core/catalog/ladders';
import { buildProgram } from '../../../src/core/program';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { pictureUrl, towel, yRaise, everything } from '../program-samples';
import { chooseProgram, renderProgram, storeOwn } from './program-fixtures';

// Issue 24 item 4: a program file is read and checked whole, shown (each drill with its dose and
// picture, each built-in drill at its level), and written only when the user says so.

let unmeasure = () => {};
/** What the canvas gives back for every picture: the imported ones are drawn afresh, never stored as they came. */
const REDRAWN = pictureUrl('png', 60);
beforeEach(() => {
  vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 300, height: 200, close: () => undefined })));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: () => undefined } as never);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(REDRAWN);
});
afterEach(() => {
  vi.unstubAllGlobals();
  cleanup();
  vi.restoreAllMocks();
  unmeasure();
});

const PICTURE = pictureUrl('jpeg', 120);
const PROGRAM = buildProgram([{ ...yRaise, picture: PICTURE }, { ...towel, figure: 'doorway-pec-stretch' }], [{ id: 'band-rows', level: 1 }]);
const ownKeys = async () => Object.keys(await fakeBrowser.storage.sync.get(null)).filter((k) => k.startsWith('own.')).sort();

describe('importing a program file', () => {
  it('previews each drill with its dose and picture or figure, the built-in ones at their level, then writes them on Import', async () => {
    unmeasure = await renderProgram({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, disabledDrills: ['band-rows'] });
    chooseProgram(PROGRAM);
    const preview = await screen.findByTestId('program-preview');
    expect(within(preview).getByRole('heading').textContent).toBe('Drills in desk-reset-program-2026-03-02.json');
    const items = within(preview).getAllByTestId('program-drill');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Prone Y raise', 'Towel chest stretch']);
    expect(items[0]!.textContent).toContain('2 sets of 10');
    expect(items[1]!.textContent).toContain('hold 30 s × 2');
    const img = within(items[0]!).getByRole('img', { name: 'Picture of Prone Y raise' }) as HTMLImageElement;
    expect(img.getAttribute('src')).toBe(PICTURE);
    expect(within(items[1]!).getByRole('img', { name: 'Figure showing Towel chest stretch' })).toBeTruthy();
    const builtIn = within(preview).getByTestId('program-builtin');
    expect(builtIn.textContent).toContain(`Band rows · Level 2 of ${LADDERS['band-rows'].rungs.length}`);
    // No clash: no question about one.
    expect(screen.queryByTestId('program-clash')).toBeNull();
    expect(await ownKeys()).toEqual([]);

    fireEvent.click(within(preview).getByRole('button', { name: 'Import program' }));
    await waitFor(() => expect(screen.getByTestId('program-import-status').textContent).toBe('Program imported. Drills added or replaced: 2; built-in drills set: 1; skipped: 0.'));
    expect(await ownKeys()).toHaveLength(2);
    expect(screen.queryByTestId('program-preview')).toBeNull();
    const pictures = Object.entries(await fakeBrowser.storage.local.get(null)).filter(([k]) => k.startsWith('picture.'));
    // Drawn afresh through the canvas, like a picture the user chose: nothing the file carried besides pixels is stored.
    expect(pictures.map(([, v]) => v)).toEqual([REDRAWN]);
    expect(REDRAWN).not.toBe(PICTURE);
  });

  it('imports nothing when a picture that looked right cannot be drawn, naming the drill', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn(async () => Promise.reject(new Error('cannot decode'))));
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockRejectedValue(new Error('cannot decode'));
    unmeasure = await renderProgram();
    const before = await everything();
    chooseProgram(PROGRAM);
    fireEvent.click(await screen.findByRole('button', { name: 'Import program' }));
    await waitFor(() => expect(screen.getByText('Nothing was imported: the picture of “Prone Y raise” could not be read')).toBeTruthy());
    expect(await everything()).toEqual(before);
  });

  it('asks what to do on a name clash, naming the drills, keep both by default; replace keeps the user\'s id', async () => {
    await storeOwn({ ...yRaise, id: 'own-mine', purpose: 'Mine' });
    unmeasure = await renderProgram();
    await screen.findByRole('group', { name: 'Your own drills' });
    chooseProgram(PROGRAM);
    const clash = await screen.findByTestId('program-clash');
    expect(clash.querySelector('legend')?.textContent).toBe('You already have drills with these names: Prone Y raise. What should happen to them?');
    const radios = within(clash).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([['replace', false], ['both', true], ['skip', false]]);
    fireEvent.click(within(clash).getByRole('radio', { name: /^Replace mine/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Import program' }));
    await waitFor(() => expect(screen.getByTestId('program-import-status').textContent).toContain('Drills added or replaced: 2'));
    // The new drill's id is random: it may sort before or after the user's.
    const keys = await ownKeys();
    expect(keys).toHaveLength(2);
    expect(keys).toContain('own.own-mine');
    expect((await fakeBrowser.storage.sync.get('own.own-mine'))['own.own-mine']).toMatchObject({ purpose: yRaise.purpose });
  });

  it('lists why a file is refused, as words, and writes nothing', async () => {
    unmeasure = await renderProgram();
    const bad = JSON.parse(PROGRAM);
    bad.drills[0].picture = 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=';
    bad.catalog[0].level = 9;
    bad.author = '<b>Dr. Weber</b>';
    chooseProgram(JSON.stringify(bad), '<img src=x onerror=alert(1)>.json');
    const alert = await screen.findByTestId('program-refused');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('<img src=x onerror=alert(1)>.json was not imported; nothing changed:');
    const lines = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toContain('drills[0].picture: This file is not a PNG, JPEG or WebP picture.');
    expect(lines).toContain(`catalog[0].level: must be a rung of this drill’s ladder: a whole number from 0 to ${LADDERS['band-rows'].rungs.length - 1}.`);
    expect(lines).toContain('author: unknown field; a program holds only format, version, drills and catalog.');
    expect(document.querySelector('b, script, img[src="x"]')).toBeNull();
    expect(screen.queryByTestId('program-preview')).toBeNull();
    expect(await ownKeys()).toEqual([]);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    unmeasure = await renderProgram();
    chooseProgram('x'.repeat(21_000_000));
    expect((await screen.findByTestId('program-refused')).textContent).toContain('The file is 21.0 MB; a program file may be at most 20 MB.');
  });

  it('says why nothing was imported when its pictures would pass the limit, and writes nothing', async () => {
    await fakeBrowser.storage.local.set(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`picture.own-p${i}`, PICTURE])));
    unmeasure = await renderProgram();
    const before = await everything();
    chooseProgram(PROGRAM);
    fireEvent.click(await screen.findByRole('button', { name: 'Import program' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: new pictures in this file: 1; room left for pictures: 0 (Desk Reset stores at most 40). Remove pictures from your own drills first, or choose a file with fewer.');
    expect(await everything()).toEqual(before);
    expect(screen.getByTestId('program-preview')).toBeTruthy();
  });

  it('says why nothing was imported when storage refuses a write, and leaves everything as it was', async () => {
    unmeasure = await renderProgram();
    const before = await everything();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    chooseProgram(PROGRAM);
    fireEvent.click(await screen.findByRole('button', { name: 'Import program' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Nothing was imported: your browser allows synced settings only so many changes/);
    expect(await everything()).toEqual(before);
  });

  it('Cancel closes the preview and writes nothing', async () => {
    unmeasure = await renderProgram();
    chooseProgram(PROGRAM);
    fireEvent.click(within(await screen.findByTestId('program-preview')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('program-preview')).toBeNull();
    expect(await ownKeys()).toEqual([]);
  });
});
