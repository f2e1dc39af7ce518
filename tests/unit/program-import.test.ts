import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { LADDERS } from '../../src/core/catalog/ladders';
import { msg } from '../../src/core/i18n';
import { levelOf, type LevelStore } from '../../src/core/levels';
import { ownRecord } from '../../src/core/own-stored';
import { MAX_PICTURES } from '../../src/core/picture';
import { buildProgram, parseProgram, type Program } from '../../src/core/program';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { loadLevels, setDrillLevel } from '../../src/platform/levels';
import { loadOwnDrills } from '../../src/platform/own-drills';
import { loadPicture } from '../../src/platform/pictures';
import { importProgram, loadOwnDrillsWithPictures } from '../../src/platform/program';
import { loadSettings } from '../../src/platform/storage';
import { measureLocal, pictureUrl, towel, withoutId, yRaise, everything } from './program-samples';

let unmeasure = () => {};
beforeEach(() => {
  unmeasure = measureLocal();
});
afterEach(() => {
  vi.restoreAllMocks();
  unmeasure();
});

// Issue 24 item 4, writing: a program's drills become the user's own, their pictures stored, its
// built-in drills switched on at their levels; all of it, or (refused, or a write failing
// midway) nothing at all.

const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const MINE = { ...yRaise, id: 'own-mine1' };
const MY_PICTURE = pictureUrl('png', 50, 'png', 1);
const MY_LEVELS: LevelStore = { drills: { 'chin-tucks': { rung: 1, streak: null, last: null } }, log: [] };

async function setup() {
  await fakeBrowser.storage.sync.set({
    settings: toStored({ ...DEFAULT_SETTINGS, disabledDrills: ['band-rows', 'wall-slides'] }),
    'own.own-mine1': { ...ownRecord(MINE, undefined, 1000), fromNewerVersion: 1 },
  });
  await fakeBrowser.storage.local.set({ 'picture.own-mine1': MY_PICTURE, levels: MY_LEVELS });
}


/** A program as a file holds it, read back through the file check. */
function program(drills = [withoutId({ ...yRaise, purpose: 'As revised', picture: pictureUrl('jpeg') }), withoutId({ ...towel, picture: pictureUrl('webp') }), withoutId({ ...towel, name: 'Neck glide' })], catalog = [{ id: 'band-rows' as const, level: 1 }]): Program {
  const read = parseProgram(buildProgram(drills.map((d, i) => ({ ...d, id: `own-x${i}` })), catalog));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return { drills: read.drills, catalog: read.catalog };
}

const seeded = () => {
  let n = 7;
  return () => (n = (n * 9301 + 49297) % 233280) / 233280;
};

describe('importing a program', () => {
  it('keep both: adds each drill under a new id in the program\'s order, with its picture, and switches the built-in drills on at their level', async () => {
    await setup();
    const result = await importProgram(program(), 'both', NOW, seeded());
    expect(result).toEqual({ ok: true, written: 3, skipped: 0, catalog: 1 });
    const drills = await loadOwnDrillsWithPictures();
    expect(drills.map((d) => d.name)).toEqual(['Prone Y raise', 'Prone Y raise (2)', 'Towel chest stretch', 'Neck glide']);
    expect(drills.map((d) => d.picture)).toEqual([MY_PICTURE, program().drills[0]!.picture, program().drills[1]!.picture, null]);
    expect(new Set(drills.map((d) => d.id)).size).toBe(4);
    expect((await loadSettings()).disabledDrills).toEqual(['wall-slides']);
    const levels = await loadLevels();
    expect(levelOf(levels, 'band-rows').rung).toBe(1);
    // From the ladder's start (no level stored), a move by hand.
    expect(levels.log).toEqual([{ drillId: 'band-rows', from: LADDERS['band-rows'].start, to: 1, at: NOW, why: 'manual' }]);
    expect(levels.drills['chin-tucks']).toEqual(MY_LEVELS.drills['chin-tucks']);
  });

  it('replace: the user\'s drill is written over under its id, keeping what a newer version stored of it and when it was added', async () => {
    await setup();
    expect(await importProgram(program(), 'replace', NOW, seeded())).toEqual({ ok: true, written: 3, skipped: 0, catalog: 1 });
    const { 'own.own-mine1': stored } = await fakeBrowser.storage.sync.get('own.own-mine1');
    expect(stored).toMatchObject({ purpose: 'As revised', fromNewerVersion: 1, added: 1000 });
    expect(await loadPicture('own-mine1')).toBe(program().drills[0]!.picture);
    expect((await loadOwnDrills()).map((d) => d.name)).toEqual(['Prone Y raise', 'Towel chest stretch', 'Neck glide']);
  });

  it('replace keeps the user\'s picture when the program\'s drill has none', async () => {
    await setup();
    await importProgram(program([withoutId({ ...yRaise, purpose: 'As revised' })], []), 'replace', NOW, seeded());
    expect(await loadPicture('own-mine1')).toBe(MY_PICTURE);
  });

  it('skip: leaves the user\'s drill as it was and counts the one left out', async () => {
    await setup();
    const before = (await fakeBrowser.storage.sync.get('own.own-mine1'))['own.own-mine1'];
    expect(await importProgram(program(), 'skip', NOW, seeded())).toEqual({ ok: true, written: 2, skipped: 1, catalog: 1 });
    expect((await fakeBrowser.storage.sync.get('own.own-mine1'))['own.own-mine1']).toEqual(before);
  });

  it('never gives a new drill an id already stored', async () => {
    await setup();
    const ids = [0, 0, 0.5];
    let i = 0;
    // The first id drawn is all zeros, then all zeros again (taken by then), then another.
    const random = () => ids[Math.floor(i++ / 12)] ?? 0.9;
    await importProgram(program([withoutId(towel), withoutId({ ...towel, name: 'Second' })], []), 'both', NOW, random);
    expect((await loadOwnDrills()).map((d) => d.id)).toEqual(['own-mine1', 'own-000000000000', 'own-iiiiiiiiiiii']);
  });

  it('refuses before writing anything when the pictures would pass the limit', async () => {
    await setup();
    // 39 stored: room for one more, and the program brings two.
    await fakeBrowser.storage.local.set(Object.fromEntries(Array.from({ length: MAX_PICTURES - 2 }, (_, i) => [`picture.own-p${i}`, MY_PICTURE])));
    const before = await everything();
    expect(await importProgram(program(), 'both', NOW, seeded())).toEqual({ ok: false, refused: msg('prog_no_picture_room', 2, 1) });
    expect(await everything()).toEqual(before);
  });

  it('a sync quota refusal of the drills (at the third) puts back the pictures and levels already written', async () => {
    await setup();
    const before = await everything();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => (Object.keys(items).filter((k) => k.startsWith('own.')).length >= 3 ? Promise.reject(quota) : set(items)));
    expect(await importProgram(program(), 'both', NOW, seeded())).toEqual({ ok: false, error: quota, partial: false });
    expect(await everything()).toEqual(before);
  });

  it('a refused settings write, the last, puts back the drills, pictures and levels', async () => {
    await setup();
    const before = await everything();
    const quota = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => (Object.keys(items).some((k) => !k.startsWith('own.')) ? Promise.reject(quota) : set(items)));
    expect(await importProgram(program(), 'replace', NOW, seeded())).toEqual({ ok: false, error: quota, partial: false });
    // The drills were written, then put back.
    expect(writes.mock.calls.filter(([items]) => Object.keys(items).some((k) => k.startsWith('own.')))).toHaveLength(2);
    expect(await everything()).toEqual(before);
  });

  it('says so when what was written cannot be put back either', async () => {
    await setup();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('gone'));
    expect(await importProgram(program(), 'both', NOW, seeded())).toEqual({ ok: false, error: quota, partial: true });
  });

  it('holds the levels\' lock: a level set meanwhile is neither lost nor undone by a rollback', async () => {
    await setup();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota);
    const imported = importProgram(program(), 'both', NOW, seeded());
    const set = setDrillLevel('chin-tucks', 2, NOW);
    await Promise.all([imported, set]);
    expect(levelOf(await loadLevels(), 'chin-tucks').rung).toBe(2);
    expect((await loadLevels()).drills['band-rows']).toBeUndefined();
  });
});
