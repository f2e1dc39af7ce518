import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { render, type Msg } from '../../src/core/i18n';
import { NO_LEVELS, type LevelStore } from '../../src/core/levels';
import { ownLadder } from '../../src/core/own-ladder';
import { MAX_PICTURES } from '../../src/core/picture';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { buildExport, parseImport, serializeExport, type ImportResult } from '../../src/core/transfer';
import { describeChanges } from '../../src/core/transfer-preview';
import { english } from './fake-gaps';
import { pictureUrl, SVG_URL, towel, yRaise } from './program-samples';

// Issue 24 item 4: the export of everything carries the user's own drills (their ids, which their
// history and levels name, and their pictures), read as strictly as the rest of the file.

const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true, disabledDrills: ['own-b'] };
const HISTORY = { events: [{ at: NOW - 60_000, outcome: 'done' as const, dueAt: null, shownAt: null, drillId: 'own-a' as const, rating: 'easy' as const, seconds: 40 }], days: [] };
const PICTURED = { ...yRaise, picture: pictureUrl('png', 120) };
const top = ownLadder(yRaise.dose).rungs.length - 1;
const LEVELS: LevelStore = {
  drills: { 'own-a': { rung: top, streak: null, last: { from: top - 1, to: top, at: NOW - 60_000, why: 'easy' } }, 'org-abc': { rung: 5, streak: null, last: null } },
  log: [{ drillId: 'own-a', from: top - 1, to: top, at: NOW - 60_000, why: 'easy' }],
};

const file = (): any => JSON.parse(serializeExport(buildExport(SETTINGS, HISTORY, LEVELS, NOW, [PICTURED, towel])));
const parse = (data: unknown) => parseImport(JSON.stringify(data), NOW);
const errorsOf = (result: ImportResult): string[] => (result.ok ? [] : result.errors.map((m: Msg) => render(m, english)));

describe('own drills in the export', () => {
  it('round-trip with their ids, pictures and levels, and settings that name them', () => {
    const text = serializeExport(buildExport(SETTINGS, HISTORY, LEVELS, NOW, [PICTURED, towel]));
    expect(parseImport(text, NOW)).toEqual({ ok: true, data: { settings: SETTINGS, history: HISTORY, levels: LEVELS, ownDrills: [PICTURED, towel] } });
  });

  it('an export without them (an older version\'s, or of a user with none) leaves the user\'s as they are', () => {
    const old = file();
    delete old.ownDrills;
    old.version = 2;
    old.settings.disabledDrills = [];
    old.levels = NO_LEVELS;
    old.history.events = [];
    const read = parse(old);
    expect(read.ok && read.data).not.toHaveProperty('ownDrills');
    const none = parseImport(serializeExport(buildExport(DEFAULT_SETTINGS, HISTORY, NO_LEVELS, NOW)), NOW);
    expect(none.ok && none.data).not.toHaveProperty('ownDrills');
  });

  it('lets the settings switch every built-in drill off when the file has own drills to do', () => {
    const data = file();
    data.settings.disabledDrills = [...DRILL_IDS, 'own-b'];
    expect(errorsOf(parse(data))).toEqual([]);
    data.ownDrills = [];
    expect(errorsOf(parse(data))).toContain('settings.disabledDrills: Keep at least one drill switched on.');
  });

  const broken = (change: (data: any) => void) => {
    const data = file();
    change(data);
    return errorsOf(parse(data));
  };

  const CASES: [string, (d: any) => unknown, string[]][] = [
    ['not a list', (d: any) => (d.ownDrills = { 'own-a': {} }), ['ownDrills: missing, or not a list.']],
    ['a drill that is no object', (d: any) => (d.ownDrills[1] = 'Towel'), ['ownDrills[1]: expected an object.']],
    ['a drill without an id', (d: any) => delete d.ownDrills[1].id, ['ownDrills[1].id: must be the id of one of your own drills: own- followed by up to 24 lowercase letters or digits.']],
    ['an organisation\'s id', (d: any) => (d.ownDrills[1].id = 'org-abc'), ['ownDrills[1].id: must be the id of one of your own drills: own- followed by up to 24 lowercase letters or digits.']],
    ['an id twice', (d: any) => (d.ownDrills[1].id = 'own-a'), ['ownDrills[1].id: another drill in the file has this id.']],
    ['an unknown field', (d: any) => (d.ownDrills[0].video = 'x.mp4'), ['ownDrills[0].video: unknown field.']],
    ['an empty name', (d: any) => (d.ownDrills[0].name = ''), ['ownDrills[0].name: Write something here.']],
    ['a name the check would trim', (d: any) => (d.ownDrills[0].name = ' Prone Y raise '), ['ownDrills[0].name: not in the expected form.']],
    ['a number written as text', (d: any) => (d.ownDrills[0].dose.reps = '10'), ['ownDrills[0].dose.reps: expected a number, not text.']],
    ['a tempo on a hold', (d: any) => (d.ownDrills[1].dose.tempo = [{ phase: 'hold', seconds: 1 }]), ['ownDrills[1].dose.tempo: unknown field.']],
    ['an SVG picture', (d: any) => (d.ownDrills[0].picture = SVG_URL), ['ownDrills[0].picture: This file is not a PNG, JPEG or WebP picture.']],
  ];
  it.each(CASES)('refuses own drills that are %s, saying where', (_what, change, expected) => {
    expect(broken(change)).toEqual(expected);
  });

  it(`refuses more than ${MAX_PICTURES} pictures, which could never all be stored`, () => {
    const many = Array.from({ length: MAX_PICTURES + 1 }, (_, i) => ({ ...PICTURED, id: `own-p${i}`, name: `Drill ${i}` }));
    expect(broken((d) => (d.ownDrills = many))).toEqual([`ownDrills: a file may carry at most ${MAX_PICTURES} pictures, as many as Desk Reset stores.`]);
  });

  it('takes an own drill\'s level at any rung storage keeps: its ladder changes with its dose, its recorded moves do not', () => {
    // A move up the ladder of an earlier, longer dose, exported after the dose was made shorter: the user's own export imports.
    expect(broken((d) => (d.levels.drills['own-a'].rung = top + 1))).toEqual([]);
    expect(broken((d) => (d.levels.log = [{ drillId: 'own-a', from: top, to: top + 1, at: NOW - 1000, why: 'easy' }]))).toEqual([]);
    expect(broken((d) => (d.levels.drills['own-a'].rung = 10))).toEqual(['levels.drills["own-a"].rung: must be a rung of this drill’s ladder: a whole number from 0 to 9.']);
    // Levels off: the drill keeps its ladder, and its level on it, for when they are on again.
    expect(broken((d) => (d.ownDrills[0].levels = false))).toEqual([]);
    expect(broken((d) => (d.levels.drills['org-abc'].rung = 9))).toEqual([]);
    expect(broken((d) => (d.levels.drills['org-abc'].rung = 10))).toEqual(['levels.drills["org-abc"].rung: must be a rung of this drill’s ladder: a whole number from 0 to 9.']);
    expect(broken((d) => (d.levels.drills['own-gone'] = { rung: 3, streak: null, last: null }))).toEqual([]);
  });
});

describe('the import preview of own drills', () => {
  it('counts them, their pictures and the user\'s they replace, and says the user\'s others stay', () => {
    const current = { settings: SETTINGS, history: HISTORY, levels: LEVELS };
    const lines = describeChanges(current, { ...current, ownDrills: [PICTURED, towel] }, ['own-a', 'own-z']).map((m) => render(m, english));
    expect(lines.at(-1)).toBe('Own drills: 2 in the file (with a picture: 1; replacing yours of the same id: 1); your other own drills stay');
    expect(describeChanges(current, current, ['own-a']).map((m) => render(m, english)).join('\n')).not.toContain('Own drills');
  });
});
