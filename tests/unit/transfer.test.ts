import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRILL_IDS } from '../../src/core/catalog';
import { appendEvents, MAX_EVENTS, OUTCOMES, RATINGS, type BreakEvent, type DaySummary, type HistoryStore } from '../../src/core/history';
import { render, type Msg } from '../../src/core/i18n';
import { MAX_LEVEL_LOG, NO_LEVELS, topRung, type LevelStore } from '../../src/core/levels';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_VERSION, settingsSchema, type Settings } from '../../src/core/settings';
import { validateSettings } from '../../src/core/settings-rules';
import {
  buildExport,
  exportFileName,
  EARLIEST_TIME,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  parseImport,
  serializeExport,
  type ImportResult,
  type Transferable,
} from '../../src/core/transfer';
import { describeChanges, SETTING_LABELS } from '../../src/core/transfer-preview';
import { english } from './fake-gaps';
import { runs } from './runs';
import { levelStore, settingsPatch } from './arbitraries';

const NOW = new Date('2026-03-02T10:30:00').getTime();
const DAY_MS = 86_400_000;
const ev = (at: number, extra: Partial<BreakEvent> = {}): BreakEvent => ({
  at,
  outcome: 'done',
  dueAt: at - 60_000,
  shownAt: at - 30_000,
  drillId: 'chin-tucks',
  rating: 'right',
  seconds: 75,
  ...extra,
});
const day = (d: string, done = 3): DaySummary => ({ day: d, done, skipped: 1, snoozed: 0, natural: 2, paused: 0, held: 0 });

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  intervalMinutes: 60,
  workDays: [1, 2, 3, 4, 5, 6],
  workHours: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  disabledDrills: ['band-rows', 'chin-tucks'],
  safetyAcknowledged: true,
};
const HISTORY: HistoryStore = {
  events: [ev(NOW - 86_400_000), ev(NOW - 3_600_000, { outcome: 'skipped', rating: null, drillId: 'wall-slides' }), ev(NOW, { outcome: 'natural', dueAt: null, shownAt: null, drillId: null, rating: null, seconds: null })],
  days: [day('2025-01-01'), day('2025-01-02', 0)],
};
const LEVELS: LevelStore = {
  drills: {
    'chin-tucks': { rung: 2, streak: { rating: 'easy', count: 1 }, last: { from: 1, to: 2, at: NOW - 86_400_000, why: 'easy' } },
    'wall-slides': { rung: 0, streak: null, last: null },
  },
  log: [{ drillId: 'chin-tucks', from: 1, to: 2, at: NOW - 86_400_000, why: 'easy' }],
};

/** A valid export as plain JSON data, to break one piece at a time. */
const file = (): any => JSON.parse(JSON.stringify(buildExport(SETTINGS, HISTORY, LEVELS, NOW)));
const parse = (data: unknown) => parseImport(JSON.stringify(data), NOW);
/** A message as English text, as the options page shows it. */
const en = (m: Msg) => render(m, english);
const errorsOf = (result: ImportResult): string[] => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(en);
};
/** The preview of a file without levels, over none of the user's. */
const changes = (current: Omit<Transferable, 'levels'>, incoming: Omit<Transferable, 'levels'>): string[] =>
  describeChanges({ ...current, levels: NO_LEVELS }, { ...incoming, levels: null }).map(en);
const LEVELS_KEPT = 'Drill levels: none in the file, so yours stay as they are';

/** What "passes the settings schema" means: every field reads back as itself, and the form would save it. */
function expectValidSettings(settings: Settings) {
  for (const [key, field] of Object.entries(settingsSchema)) {
    const result = field.check((settings as Record<string, unknown>)[key]);
    expect(result.ok, key).toBe(true);
    if (result.ok) expect(result.value, key).toEqual((settings as Record<string, unknown>)[key]);
  }
  expect(Object.keys(settings).sort()).toEqual(Object.keys(settingsSchema).sort());
  expect(validateSettings(settings)).toEqual({});
}

describe('export', () => {
  it('holds the format, version, time, stored settings, the whole history, the levels and the own drills', () => {
    const out = buildExport(SETTINGS, HISTORY, LEVELS, NOW);
    expect(out).toEqual({
      format: 'desk-reset',
      version: 4,
      ownDrills: [],
      exportedAt: new Date(NOW).toISOString(),
      settings: { version: SETTINGS_VERSION, ...SETTINGS },
      history: HISTORY,
      levels: LEVELS,
    });
    expect(EXPORT_VERSION).toBe(4);
  });

  it('names the file by the local date', () => {
    expect(exportFileName(NOW)).toBe('desk-reset-2026-03-02.json');
    expect(exportFileName(new Date('2026-12-31T23:59:00').getTime())).toBe('desk-reset-2026-12-31.json');
  });

  it('round-trips: export, serialise, import gives back equal settings, history and levels', () => {
    const text = serializeExport(buildExport(SETTINGS, HISTORY, LEVELS, NOW));
    expect(JSON.parse(text)).toEqual(buildExport(SETTINGS, HISTORY, LEVELS, NOW));
    expect(parseImport(text, NOW)).toEqual({ ok: true, data: { settings: SETTINGS, history: HISTORY, levels: LEVELS } });
    const empty = JSON.parse(serializeExport(buildExport(SETTINGS, { events: [], days: [] }, NO_LEVELS, NOW)));
    expect([empty.history, empty.levels]).toEqual([{ events: [], days: [] }, NO_LEVELS]);
  });

  it('a full history, as the worker bounds it, and a full log of levels export under the import limit and import back', () => {
    // Every two minutes, day and night, for a year, with the longest values a field can hold.
    const longest = [...DRILL_IDS].sort((a, b) => b.length - a.length)[0]!;
    const events = Array.from({ length: 365 * 720 }, (_, i) => ev(NOW - i * 120_000, { outcome: 'snoozed', drillId: longest, rating: 'right', seconds: 86_400 })).reverse();
    let recent: HistoryStore = { events: [], days: [] };
    for (let i = 0; i < events.length; i += 5_000) recent = appendEvents(recent, events.slice(i, i + 5_000), NOW);
    expect(recent.events).toHaveLength(MAX_EVENTS);
    // Years of day counts before that, every count in the nineties.
    const olderDays = (years: number) =>
      Array.from({ length: years * 365 }, (_, i) => ({ ...day(new Date(NOW - (400 + i) * 86_400_000).toISOString().slice(0, 10)), done: 99, skipped: 99, snoozed: 99, natural: 99, paused: 99, held: 99 })).reverse();
    // Every drill with a level, and a full log of moves of the longest-named drill.
    const drills = Object.fromEntries(DRILL_IDS.map((id) => [id, { rung: topRung(id), streak: { rating: 'hard', count: 2 }, last: { from: 0, to: topRung(id), at: NOW, why: 'manual' } }]));
    const log = Array.from({ length: MAX_LEVEL_LOG }, () => ({ drillId: longest, from: topRung(longest), to: 0, at: NOW, why: 'manual' as const }));
    const full = { drills, log } as LevelStore;
    // Two decades of days, with and without a full log of levels (about 200 KB), stay importable.
    for (const [years, levels] of [[20, NO_LEVELS], [20, full]] as const) {
      const history = { ...recent, days: [...olderDays(years), ...recent.days] };
      const text = serializeExport(buildExport(SETTINGS, history, levels, NOW));
      expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_IMPORT_BYTES);
      expect(parseImport(text, NOW)).toEqual({ ok: true, data: { settings: SETTINGS, history, levels } });
    }
  });

  it('round-trips any valid settings, history and levels', () => {
    const settingsArb = settingsPatch;
    const time = fc.integer({ min: EARLIEST_TIME, max: NOW + DAY_MS });
    const optionalTime = fc.option(time, { nil: null });
    const eventArb = fc.record({
      at: time,
      outcome: fc.constantFrom(...OUTCOMES),
      dueAt: optionalTime,
      shownAt: optionalTime,
      drillId: fc.option(fc.constantFrom(...DRILL_IDS), { nil: null }),
      rating: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
      seconds: fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: null }),
    });
    const dayArb = fc.date({ min: new Date('2000-01-01'), max: new Date(NOW), noInvalidDate: true }).map((d) => day(d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(settingsArb, fc.array(eventArb, { maxLength: 20 }), fc.uniqueArray(dayArb, { selector: (d) => d.day, maxLength: 10 }), levelStore(NOW + DAY_MS), (patch, events, days, levels) => {
        const settings = { ...DEFAULT_SETTINGS, ...patch };
        const history = { events, days };
        const data = { settings, history, levels };
        expect(parseImport(JSON.stringify(buildExport(settings, history, levels, NOW)), NOW)).toEqual({ ok: true, data });
        expect(parseImport(serializeExport(buildExport(settings, history, levels, NOW)), NOW)).toEqual({ ok: true, data });
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('import refuses the whole file', () => {
  it('when it is not JSON, or empty', () => {
    expect(errorsOf(parseImport('{"format": "desk-reset",', NOW))).toEqual(['The file is not valid JSON, so it cannot be a Desk Reset export.']);
    expect(errorsOf(parseImport('<html><body>hi</body></html>', NOW))).toEqual(['The file is not valid JSON, so it cannot be a Desk Reset export.']);
    expect(errorsOf(parseImport('  \n', NOW))).toEqual(['The file is empty.']);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseImport(`\uFEFF${JSON.stringify(file())}`, NOW).ok).toBe(true);
  });

  it('when it is larger than 20 MB, measured in UTF-8 bytes, before parsing', () => {
    const big = JSON.stringify({ ...file(), padding: 'x'.repeat(22_000_000) });
    expect(errorsOf(parseImport(big, NOW))).toEqual([expect.stringMatching(/^The file is 22\.0 MB; a Desk Reset export is at most 20 MB/)]);
    // 8 000 000 characters, but 24 MB once encoded: each € is three bytes.
    const wide = `"${'€'.repeat(8_000_000)}"`;
    expect(wide.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(errorsOf(parseImport(wide, NOW))[0]).toMatch(/24\.0 MB/);
    // Exactly at the limit is still read.
    const text = JSON.stringify(file());
    expect(parseImport(text + ' '.repeat(MAX_IMPORT_BYTES - text.length), NOW).ok).toBe(true);
    expect(parseImport(text + ' '.repeat(MAX_IMPORT_BYTES - text.length + 1), NOW).ok).toBe(false);
  });

  it('when it is not a Desk Reset export', () => {
    const notOurs = /not a Desk Reset export/;
    for (const data of [[], null, 42, 'desk-reset', {}, { ...file(), format: 'other-app' }, { ...file(), format: undefined }]) {
      expect(errorsOf(parse(data)), JSON.stringify(data)?.slice(0, 40)).toEqual([expect.stringMatching(notOurs)]);
    }
  });

  it('when it comes from a newer export version, or has none', () => {
    expect(errorsOf(parse({ ...file(), version: 5 }))).toEqual([
      'This file was made by a newer version of Desk Reset (export version 5). Update Desk Reset, then import it again.',
    ]);
    expect(errorsOf(parse({ ...file(), version: '1' }))[0]).toMatch(/no valid export version/);
    expect(errorsOf(parse({ ...file(), version: undefined }))[0]).toMatch(/no valid export version/);
  });

  it('when its settings come from a newer version of Desk Reset', () => {
    const data = file();
    data.settings.version = SETTINGS_VERSION + 1;
    expect(errorsOf(parse(data))).toEqual([expect.stringMatching(new RegExp(`^settings\\.version: .*newer version.*settings version ${SETTINGS_VERSION + 1}`))]);
  });

  it('when a time lies before 2000 or more than a day after now, naming the field and the range', () => {
    const range = `a time from 2000-01-01 to ${new Date(NOW + DAY_MS).toISOString()}`;
    const withEvent = (over: Partial<BreakEvent>) => {
      const data = file();
      data.history.events[0] = { ...data.history.events[0], ...over };
      return parse(data);
    };
    expect(errorsOf(withEvent({ at: 1e300 }))).toEqual([`history.events[0].at: must be ${range}.`]);
    expect(errorsOf(withEvent({ at: EARLIEST_TIME - 1, dueAt: NOW + DAY_MS + 1, shownAt: 1 }))).toEqual([
      `history.events[0].at: must be ${range}.`,
      `history.events[0].dueAt: must be ${range}.`,
      `history.events[0].shownAt: must be ${range}.`,
    ]);
    // Both ends are inside.
    expect(withEvent({ at: EARLIEST_TIME, dueAt: NOW + DAY_MS, shownAt: NOW + DAY_MS }).ok).toBe(true);
    expect(EARLIEST_TIME).toBe(Date.UTC(2000, 0, 1));
    expect(errorsOf(parse({ ...file(), exportedAt: '1999-12-31T23:59:59.999Z' }))).toEqual([`exportedAt: must be ${range}.`]);
    expect(errorsOf(parse({ ...file(), exportedAt: new Date(NOW + DAY_MS + 1).toISOString() }))).toEqual([`exportedAt: must be ${range}.`]);
    expect(parse({ ...file(), exportedAt: '2000-01-01T00:00:00.000Z' }).ok).toBe(true);
    expect(parse({ ...file(), exportedAt: new Date(NOW + DAY_MS).toISOString() }).ok).toBe(true);
  });

  it('when a day of counts is not a real day from 2000-01-01 to a day after now', () => {
    const withDay = (key: string) => {
      const data = file();
      data.history.days = [day(key)];
      return parse(data);
    };
    const tomorrow = '2026-03-03';
    const range = `a day from 2000-01-01 to ${tomorrow}`;
    expect(errorsOf(withDay('1999-12-31'))).toEqual([`history.days[0]: must be ${range}.`]);
    expect(errorsOf(withDay('2026-03-04'))).toEqual([`history.days[0]: must be ${range}.`]);
    expect(errorsOf(withDay('2025-02-29'))).toEqual([`history.days[0]: must be ${range}.`]);
    expect(errorsOf(withDay('2025-13-01'))).toEqual([`history.days[0]: must be ${range}.`]);
    expect(withDay('2000-01-01').ok).toBe(true);
    expect(withDay(tomorrow).ok).toBe(true);
    expect(withDay('2024-02-29').ok).toBe(true);
  });

  it('when a part is missing or of the wrong kind', () => {
    expect(errorsOf(parse({ ...file(), settings: undefined }))).toEqual(['settings: missing, or not a set of settings.']);
    expect(errorsOf(parse({ ...file(), history: [] }))).toEqual(['history: missing, or not a break history.']);
    expect(errorsOf(parse({ ...file(), history: { events: {}, days: [] } }))).toEqual(['history.events: missing, or not a list.']);
    expect(errorsOf(parse({ ...file(), exportedAt: 'yesterday' }))).toEqual(['exportedAt: missing, or not a date.']);
    const noVersion = file();
    delete noVersion.settings.version;
    expect(errorsOf(parse(noVersion))).toEqual(['settings.version: missing, or not a whole number.']);
  });

  it('naming any unknown key, at every level', () => {
    const data = file();
    data.extra = 1;
    data.settings.colour = 'teal';
    data.settings.workHours[0].note = 'lunch';
    data.history.notes = [];
    data.history.events[1].mood = 'fine';
    data.history.days[0].rainy = 0;
    expect(errorsOf(parse(data))).toEqual([
      'extra: unknown field; an export holds only format, version, exportedAt, settings, history, levels, ownDrills and checkIns.',
      'settings.colour: unknown setting.',
      'settings.workHours[0].note: unknown field.',
      'history.notes: unknown field; history holds only events and days.',
      'history.events[1].mood: unknown field.',
      'history.days[0].rainy: unknown field.',
    ]);
  });

  it('saying which setting fails its check, with the schema message', () => {
    const data = file();
    data.settings.intervalMinutes = 10;
    data.settings.workDays = [];
    data.settings.workHours = [{ start: '09:00', end: '08:00' }];
    expect(errorsOf(parse(data))).toEqual([
      'settings.intervalMinutes: Choose a value from 15 to 240 minutes.',
      'settings.workDays: Choose at least one working day.',
      'settings.workHours: A period must end after it starts (09:00–08:00).',
    ]);
  });

  it('when the settings break a rule across fields, as the form would', () => {
    const data = file();
    data.settings.disabledDrills = [...DRILL_IDS];
    expect(errorsOf(parse(data))).toEqual(['settings.disabledDrills: Keep at least one drill switched on.']);
  });

  it('rather than coerce what storage would quietly repair', () => {
    const data = file();
    data.settings.intervalMinutes = '60';
    data.settings.disabledDrills = ['band-rows', 'moonwalk'];
    data.settings.showBadge = 0;
    expect(errorsOf(parse(data))).toEqual([
      'settings.intervalMinutes: expected a number, not text.',
      'settings.showBadge: Expected on or off.',
      'settings.disabledDrills[1]: "moonwalk" is not a value Desk Reset knows here.',
    ]);
  });

  it('saying which history event or day is malformed', () => {
    const data = file();
    data.history.events[0].outcome = 'exploded';
    data.history.events[2].at = -5;
    data.history.events.push(null);
    data.history.events[1].seconds = '75';
    data.history.days[1].done = -1;
    data.history.days.push(day('2025-01-01'));
    expect(errorsOf(parse(data))).toEqual([
      expect.stringMatching(/^history\.events\[0\]: not a valid break record/),
      'history.events[1].seconds: expected a number, not text.',
      expect.stringMatching(/^history\.events\[2\]: not a valid break record/),
      expect.stringMatching(/^history\.events\[3\]: not a valid break record/),
      expect.stringMatching(/^history\.days\[1\]: not a valid day summary/),
      'history.days[2]: 2025-01-01 appears more than once.',
    ]);
  });

  it('when any string holds markup or a script URL, saying where; it is never cleaned', () => {
    const data = file();
    data.settings.workHours[0].start = '<script>alert(1)</script>';
    data.exportedAt = 'JavaScript:alert(1)';
    data.history.days[0].day = '2025-01-01>';
    const errors = errorsOf(parse(data));
    expect(errors).toContain('settings.workHours[0].start contains markup');
    expect(errors).toContain('exportedAt contains markup');
    expect(errors).toContain('history.days[0].day contains markup');
    // Markup in a name is refused too, even where the value would be harmless.
    expect(errorsOf(parse({ ...file(), '<img src=x onerror=alert(1)>': 1 }))).toContain('The file has a field name that contains markup');
  });

  it('caps the errors it reports at ten, and counts the rest', () => {
    const data = file();
    for (let i = 0; i < 15; i++) data[`extra${i}`] = i;
    const errors = errorsOf(parse(data));
    expect(errors).toHaveLength(11);
    expect(errors[0]).toMatch(/^extra0: unknown field/);
    expect(errors[10]).toBe('…and 5 more.');
  });

  it('refuses a hostile file: script, prototype keys, wrong types, deep nesting', () => {
    const proto = `{"format":"desk-reset","version":1,"exportedAt":"2026-03-02T09:30:00.000Z","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"settings":${JSON.stringify(file().settings)},"history":{"events":[],"days":[]}}`;
    const errors = errorsOf(parseImport(proto, NOW));
    expect(errors).toEqual([
      '__proto__: unknown field; an export holds only format, version, exportedAt, settings, history, levels, ownDrills and checkIns.',
      'constructor: unknown field; an export holds only format, version, exportedAt, settings, history, levels, ownDrills and checkIns.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const settingsProto = file();
    const inner = `{"__proto__":{"intervalMinutes":15},"toString":"x",${JSON.stringify(settingsProto.settings).slice(1)}`;
    expect(errorsOf(parseImport(JSON.stringify(settingsProto).replace(JSON.stringify(settingsProto.settings), inner), NOW))).toEqual([
      'settings.__proto__: unknown setting.',
      'settings.toString: unknown setting.',
    ]);

    const wrongTypes = { ...file(), settings: { version: SETTINGS_VERSION, intervalMinutes: [90], workHours: 'all day', soundCues: 'yes' }, history: { events: [1, 'two'], days: 'none' } };
    expect(errorsOf(parse(wrongTypes))).toEqual([
      'settings.intervalMinutes: Enter a whole number of minutes from 15 to 240.',
      'settings.workHours: Expected a list of working periods.',
      'settings.soundCues: Expected on or off.',
      expect.stringMatching(/^history\.events\[0\]/),
      expect.stringMatching(/^history\.events\[1\]/),
      'history.days: missing, or not a list.',
    ]);

    const deep = `{"format":"desk-reset","version":1,"x":${'['.repeat(300_000)}"<b>"${']'.repeat(300_000)}}`;
    const deepErrors = errorsOf(parseImport(deep, NOW));
    expect(deepErrors).toContain('x: unknown field; an export holds only format, version, exportedAt, settings, history, levels, ownDrills and checkIns.');
    expect(deepErrors.some((e) => e.startsWith('x[0][0]') && e.endsWith('contains markup'))).toBe(true);

    const everything = file();
    everything.settings.workHours[0].end = '<img src=x onerror=alert(1)>';
    everything.settings.intervalMinutes = 'ninety';
    everything.history.events[0].drillId = 'javascript:void(0)';
    everything.padding = 'a'.repeat(22_000_000);
    expect(errorsOf(parse(everything))).toEqual([expect.stringMatching(/22\.0 MB/)]);
    delete everything.padding;
    expect(errorsOf(parse(everything)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('import of an older export', () => {
  it('fills settings added since with their defaults', () => {
    const data = file();
    data.settings = { version: 1, intervalMinutes: 60, disabledDrills: ['chin-tucks'] };
    const result = parse(data);
    if (!result.ok) throw new Error(result.errors.map(en).join('\n'));
    expect(result.data.settings).toMatchObject({ intervalMinutes: 60, disabledDrills: ['chin-tucks'], workDays: DEFAULT_SETTINGS.workDays });
    // The same reading storage gives an old stored value, migrations included.
    expect(result.data.settings).toEqual(readSettings(data.settings).settings);
  });
});

describe('import never throws', () => {
  const check = (text: string) => {
    const result = parseImport(text, NOW);
    if (result.ok) {
      expectValidSettings(result.data.settings);
      expect(Array.isArray(result.data.history.events) && Array.isArray(result.data.history.days)).toBe(true);
    } else {
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.length).toBeLessThanOrEqual(11);
      // Every refusal reads as a sentence: no message key is missing from English.
      for (const e of result.errors) expect(en(e)).toMatch(/\S/);
    }
  };

  // Any UTF-16 unit, lone surrogates included. (fast-check's own 'binary' unit costs seconds to set up.)
  const utf16 = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  it('on arbitrary strings', () => fc.assert(fc.property(fc.string({ unit: utf16 }), check), { numRuns: runs(500) }));
  it('on arbitrary JSON', () => fc.assert(fc.property(fc.json(), check), { numRuns: runs(500) }));
  it('on anything serialised', () => fc.assert(fc.property(fc.anything(), (x) => check(JSON.stringify(x) ?? 'undefined')), { numRuns: runs(500) }));

  it('on a valid export with one part replaced by anything', () => {
    const parts: [string, ...string[]][] = [
      ['settings'],
      ['history'],
      ['history', 'events'],
      ['history', 'days'],
      ['levels'],
      ['levels', 'drills'],
      ['levels', 'log'],
      ['levels', 'drills', 'chin-tucks'],
      ['levels', 'drills', 'chin-tucks', 'last'],
      ['levels', 'log', '0'],
      ...Object.keys(settingsSchema).map((k): [string, string] => ['settings', k]),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.jsonValue(), (path, value) => {
        const data = file();
        let target = data;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]!] = value;
        check(JSON.stringify(data));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('describeChanges', () => {
  const current = { settings: DEFAULT_SETTINGS, history: { events: Array.from({ length: 12 }, (_, i) => ev(NOW - i)), days: [] } };

  it('gives a plain line per changed setting, then what happens to history and levels', () => {
    const incoming = {
      settings: { ...DEFAULT_SETTINGS, intervalMinutes: 60, workDays: [1, 2, 3, 4, 5, 6], disabledDrills: ['band-rows', 'chin-tucks', 'wall-slides'] as Settings['disabledDrills'], soundCues: true },
      history: { events: Array.from({ length: 240 }, (_, i) => ev(NOW - i)), days: [] },
    };
    expect(changes(current, incoming)).toEqual([
      'Minutes between breaks: 90 → 60',
      'Working days: Mon–Fri → Mon–Sat',
      'Sound cues: off → on',
      'Drills switched off: 0 → 3',
      'History: 12 events now, 240 in the file (the file replaces your history)',
      LEVELS_KEPT,
    ]);
  });

  it('says when no setting changes; order within a set is no change', () => {
    const incoming = { settings: { ...DEFAULT_SETTINGS, equipment: [...DEFAULT_SETTINGS.equipment].reverse() }, history: { events: [], days: [day('2025-01-01')] } };
    expect(changes(current, incoming)).toEqual([
      'No settings change.',
      'History: 12 events now, 0 events and 1 older day in the file (the file replaces your history)',
      LEVELS_KEPT,
    ]);
  });

  it('renders lists, times and days plainly', () => {
    const incoming = {
      settings: { ...SETTINGS, workDays: [0, 1, 3, 6], headsUpMinutes: 2 as const, spaces: ['desk' as const], disabledDrills: ['wall-slides', 'chin-tucks'] as Settings['disabledDrills'] },
      history: { events: [ev(NOW)], days: [] },
    };
    expect(changes({ settings: SETTINGS, history: { events: [ev(NOW)], days: [] } }, incoming)).toEqual([
      'Working days: Mon–Sat → Mon, Wed, Sat, Sun',
      'Heads-up before a break: off → 2 min',
      'Drills switched off: 2 → 2 (different ones)',
      'Places for breaks: desk, standing → desk',
      'History: 1 event now, 1 in the file (the file replaces your history)',
      LEVELS_KEPT,
    ]);
    expect(changes({ settings: SETTINGS, history: HISTORY }, { settings: { ...SETTINGS, workHours: [{ start: '07:00', end: '15:00' }] }, history: HISTORY })[0]).toBe(
      'Working hours: 08:00–12:00, 13:00–17:00 → 07:00–15:00',
    );
    expect(changes({ settings: SETTINGS, history: HISTORY }, { settings: { ...SETTINGS, workDays: [0, 1, 2, 3, 4, 5, 6], equipment: ['wall', 'anchored-band', 'pull-up-bar'] }, history: HISTORY })).toEqual([
      'Working days: Mon–Sat → every day',
      'Equipment: wall, doorway, chair → wall, anchored band, pull-up bar',
      'History: 3 events and 2 older days now, 3 events and 2 older days in the file (the file replaces your history)',
      LEVELS_KEPT,
    ]);
  });

  it('has a short label for every setting', () => {
    for (const key of Object.keys(settingsSchema)) expect(english(SETTING_LABELS[key as keyof Settings].label), key).toBeTruthy();
  });
});
