import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { msg } from '../../src/core/i18n';
import type { LevelStore } from '../../src/core/levels';
import { ownRecord } from '../../src/core/own-stored';
import { MAX_PICTURES } from '../../src/core/picture';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import type { Transferable } from '../../src/core/transfer';
import { importData, ImportRefused } from '../../src/platform/data';
import { saveOwnDrill } from '../../src/platform/own-drills';
import { loadOwnDrillsWithPictures } from '../../src/platform/program';
import { measureLocal, pictureUrl, towel, yRaise, everything } from './program-samples';

// Issue 24 item 4: an import of everything writes the file's own drills and their pictures with
// the settings, history and levels, all of it or nothing.

const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const MINE = { ...yRaise, id: 'own-mine1', name: 'My own' };
const OLD_A = { ...yRaise, purpose: 'Before the file' };
const MY_PICTURE = pictureUrl('png', 50, 'png', 1);
const FILE_LEVELS: LevelStore = { drills: { 'own-a': { rung: 1, streak: null, last: null } }, log: [] };
const DATA: Transferable = {
  settings: { ...DEFAULT_SETTINGS, safetyAcknowledged: true, disabledDrills: ['own-b'] },
  history: { events: [], days: [] },
  levels: FILE_LEVELS,
  ownDrills: [{ ...yRaise, picture: pictureUrl('jpeg', 80) }, towel],
};

let unmeasure = () => {};
beforeEach(async () => {
  unmeasure = measureLocal();
  await fakeBrowser.storage.sync.set({
    settings: toStored(DEFAULT_SETTINGS),
    'own.own-mine1': ownRecord(MINE, undefined, 1000),
    'own.own-a': { ...ownRecord(OLD_A, undefined, 500), fromNewerVersion: 1 },
  });
  await fakeBrowser.storage.local.set({ 'picture.own-mine1': MY_PICTURE, 'picture.own-b': MY_PICTURE, history: [], levels: { drills: {}, log: [] } });
});
afterEach(() => {
  vi.restoreAllMocks();
  unmeasure();
});


describe('importing everything, own drills included', () => {
  it('adds the file\'s drills or writes over those of the same id; the user\'s others and a picture the file has none for stay', async () => {
    expect(await importData(DATA, NOW)).toBeNull();
    const drills = await loadOwnDrillsWithPictures();
    expect(drills.map((d) => [d.id, d.purpose, d.picture])).toEqual([
      ['own-a', yRaise.purpose, DATA.ownDrills![0]!.picture],
      ['own-mine1', MINE.purpose, MY_PICTURE],
      ['own-b', towel.purpose, MY_PICTURE],
    ]);
    // What a newer version stored of a drill stays, and when it was first added.
    expect((await fakeBrowser.storage.sync.get('own.own-a'))['own.own-a']).toMatchObject({ fromNewerVersion: 1, added: 500 });
    expect((await fakeBrowser.storage.local.get('levels')).levels).toEqual(FILE_LEVELS);
  });

  it('refuses before writing anything when the pictures would pass the limit', async () => {
    await fakeBrowser.storage.local.set(Object.fromEntries(Array.from({ length: MAX_PICTURES - 2 }, (_, i) => [`picture.own-p${i}`, MY_PICTURE])));
    const before = await everything();
    const failure = await importData(DATA, NOW);
    expect(failure?.partial).toBe(false);
    expect(failure?.error).toBeInstanceOf(ImportRefused);
    expect((failure?.error as ImportRefused).reason).toEqual(msg('prog_no_picture_room', 1, 0));
    expect(await everything()).toEqual(before);
  });

  it('a sync quota refusal of the drills puts back the history, levels and pictures', async () => {
    const before = await everything();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    expect(await importData(DATA, NOW)).toEqual({ error: quota, partial: false });
    expect(await everything()).toEqual(before);
  });

  it('a refused settings write, the last, puts back the drills too', async () => {
    const before = await everything();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => (Object.keys(items).some((k) => !k.startsWith('own.')) ? Promise.reject(quota) : set(items)));
    expect(await importData(DATA, NOW)).toEqual({ error: quota, partial: false });
    expect(await everything()).toEqual(before);
  });

  it('holds the own drills\' lock: a drill saved meanwhile lands after the import and its putting back', async () => {
    const quota = new Error('QUOTA_BYTES quota exceeded');
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => (Object.keys(items).some((k) => !k.startsWith('own.')) ? Promise.reject(quota) : set(items)));
    const imported = importData(DATA, NOW);
    const saved = saveOwnDrill({ ...yRaise, purpose: 'Saved meanwhile' }, NOW);
    await Promise.all([imported, saved]);
    expect((await loadOwnDrillsWithPictures()).find((d) => d.id === 'own-a')?.purpose).toBe('Saved meanwhile');
  });
});
