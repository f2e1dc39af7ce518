// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { LADDERS } from '../../../src/core/catalog/ladders';
import { parseProgram } from '../../../src/core/program';
import { pictureUrl, towel, withoutId, yRaise } from '../program-samples';
import { catchDownloads, renderProgram, storeOwn } from './program-fixtures';

// Issue 24 item 4: the user chooses drills (their own, and built-in ones at their level) and
// saves them as a program file.

let unmeasure = () => {};
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  unmeasure();
});

const PICTURE = pictureUrl('png', 90);
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('making a program file', () => {
  it('lists the own drills, chosen, and the built-in ones at the user\'s level, not chosen; select all and none', async () => {
    await storeOwn({ ...yRaise, picture: PICTURE }, towel);
    await fakeBrowser.storage.local.set({ levels: { drills: { 'band-rows': { rung: 3, streak: null, last: null } }, log: [] } });
    unmeasure = await renderProgram();
    const own = await screen.findByRole('group', { name: 'Your own drills' });
    expect(within(own).getAllByRole('checkbox').map((b) => [b.getAttribute('value'), (b as HTMLInputElement).checked])).toEqual([['own-a', true], ['own-b', true]]);
    const rows = LADDERS['band-rows'].rungs.length;
    await waitFor(() => expect(box(`Band rows · Level 4 of ${rows}`).checked).toBe(false));
    const builtIn = within(screen.getByRole('group', { name: 'Built-in drills, at your level' })).getAllByRole('checkbox');
    expect(builtIn).toHaveLength(25);
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getAllByRole('checkbox').every((b) => (b as HTMLInputElement).checked)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Select none' }));
    expect(screen.getAllByRole('checkbox').some((b) => (b as HTMLInputElement).checked)).toBe(false);
  });

  it('downloads desk-reset-program-<date>.json with the chosen drills, their pictures and the built-in ones at their level', async () => {
    await storeOwn({ ...yRaise, picture: PICTURE }, towel);
    await fakeBrowser.storage.local.set({ levels: { drills: { 'band-rows': { rung: 3, streak: null, last: null } }, log: [] } });
    const downloads = catchDownloads();
    unmeasure = await renderProgram();
    await screen.findByRole('group', { name: 'Your own drills' });
    fireEvent.click(box('Towel chest stretch'));
    fireEvent.click(await screen.findByRole('checkbox', { name: /^Band rows/ }));
    fireEvent.click(box(/^Chin tucks/));
    fireEvent.click(screen.getByTestId('program-export'));
    await waitFor(() => expect(downloads.clicked).toHaveLength(1));
    const name = downloads.clicked[0]!.download;
    expect(name).toMatch(/^desk-reset-program-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads.clicked[0]!.isConnected).toBe(false);
    expect(parseProgram(await downloads.text(0))).toEqual({
      ok: true,
      drills: [withoutId({ ...yRaise, picture: PICTURE })],
      catalog: [{ id: 'band-rows', level: 3 }, { id: 'chin-tucks', level: LADDERS['chin-tucks'].start }],
    });
    expect(screen.getByTestId('program-export-status').textContent).toBe(`Exported ${name}.`);
  });

  it('says to choose a drill when none is chosen, and downloads nothing', async () => {
    const downloads = catchDownloads();
    unmeasure = await renderProgram();
    expect(screen.getByText('You have not written any drills of your own yet.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('program-export'));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one drill for the program.');
    expect(downloads.clicked).toHaveLength(0);
  });

  it('offers no drill of an organisation: those come to each computer by policy', async () => {
    await storeOwn(yRaise);
    const policy = { drills: { format: 'desk-reset-program', version: 1, drills: [{ ...withoutId(towel), name: 'Clinic stretch' }] } };
    await fakeBrowser.storage.managed.set(policy);
    await fakeBrowser.storage.local.set({ policyLastRead: policy });
    unmeasure = await renderProgram();
    await screen.findByRole('group', { name: 'Your own drills' });
    expect(screen.queryByRole('checkbox', { name: /Clinic stretch/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(26);
  });
});
