import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { CheckIn } from '../../src/core/checkin';
import { render, toMessagesFile, translateWith, type Msg } from '../../src/core/i18n';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { NO_LEVELS } from '../../src/core/levels';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { buildExport, EXPORT_VERSION, parseImport, serializeExport, type ImportResult } from '../../src/core/transfer';
import { describeChanges } from '../../src/core/transfer-preview';
import { importData } from '../../src/platform/data';
import { loadCheckIns, saveCheckIn } from '../../src/platform/checkins';
import { english } from './fake-gaps';
import { useTimeZone } from './tz';

// Issue 26 item 5: the weekly check-ins in the export file (version 4), read back the same,
// refused record by record with the record's path named, counted in the preview, and imported
// only from a file that holds them.

useTimeZone('Europe/Berlin');
const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const DAY_MS = 86_400_000;
const NO_HISTORY = { events: [], days: [] };
const CHECK_INS: CheckIn[] = [
  { week: '2026-02-16', at: NOW - 14 * DAY_MS, score: 6, markers: {} },
  { week: '2026-02-23', at: NOW - 7 * DAY_MS, score: null, markers: { sitTwoHours: 'no', overheadEasier: 'unsure' } },
  { week: '2026-03-02', at: NOW - 3_600_000, score: 4, markers: { sitTwoHours: 'yes', painFreeMornings: 'no', overheadEasier: 'yes' } },
];

const exportOf = (checkIns?: readonly CheckIn[]) => buildExport(DEFAULT_SETTINGS, NO_HISTORY, NO_LEVELS, NOW, [], checkIns);
/** A valid export as plain JSON data, to break one piece at a time. */
const file = (): any => JSON.parse(serializeExport(exportOf(CHECK_INS)));
const parse = (data: unknown) => parseImport(JSON.stringify(data), NOW);
const errorsOf = (result: ImportResult): string[] => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map((e) => render(e, english));
};
/** The refusals of the file with its second check-in changed by `change`. */
const withSecond = (change: (c: any) => void) => {
  const data = file();
  change(data.checkIns[1]);
  return errorsOf(parse(data));
};
const lines = (ms: Msg[]) => ms.map((m) => render(m, english));

describe('check-ins in the export', () => {
  it('are version 4, one check-in per line, and read back the same', () => {
    expect(EXPORT_VERSION).toBe(4);
    const text = serializeExport(exportOf(CHECK_INS));
    expect(text).toContain(`  "checkIns": [\n    ${JSON.stringify(CHECK_INS[0])},\n`);
    expect(text.endsWith(`    ${JSON.stringify(CHECK_INS[2])}\n  ]\n}\n`)).toBe(true);
    const result = parseImport(text, NOW);
    expect(result).toEqual({ ok: true, data: { settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: NO_LEVELS, checkIns: CHECK_INS } });
    expect(serializeExport(exportOf([]))).toContain('"checkIns": []\n}');
    expect(parseImport(serializeExport(exportOf([])), NOW)).toMatchObject({ ok: true, data: { checkIns: [] } });
  });

  it('are left out of a file whose exporter did not read them, which then imports without them', () => {
    const out = exportOf();
    expect(Object.hasOwn(out, 'checkIns')).toBe(false);
    const result = parseImport(serializeExport(out), NOW);
    expect(result.ok && Object.hasOwn(result.data, 'checkIns')).toBe(false);
  });

  it('are absent from a file of version 3 or earlier, which still imports', () => {
    for (const version of [1, 2, 3]) {
      const { checkIns: _, ...old } = file();
      const result = parse({ ...old, version, ...(version < 3 ? { ownDrills: undefined } : {}), ...(version < 2 ? { levels: undefined } : {}) });
      expect(result.ok).toBe(true);
      expect(result.ok && result.data.checkIns).toBeUndefined();
    }
  });
});

describe('a refused check-in names itself', () => {
  const WEEK = 'must be a Monday written yyyy-MM-dd, from 2000-01-01 to 2026-03-03.';
  it.each([
    ['a Tuesday', (c: any) => (c.week = '2026-02-24'), `checkIns[1].week: ${WEEK}`],
    ['a day the calendar lacks', (c: any) => (c.week = '2026-02-30'), `checkIns[1].week: ${WEEK}`],
    ['another form of date', (c: any) => (c.week = '2026-2-23'), `checkIns[1].week: ${WEEK}`],
    ['a week in the future', (c: any) => (c.week = '2026-03-09'), `checkIns[1].week: ${WEEK}`],
    ['no week', (c: any) => delete c.week, `checkIns[1].week: ${WEEK}`],
    ['a week twice', (c: any) => (c.week = '2026-02-16'), 'checkIns[1].week: 2026-02-16 appears more than once.'],
    ['a time of 0', (c: any) => (c.at = 0), 'checkIns[1].at: must be a time from 2000-01-01 to 2026-03-03T10:30:00.000Z.'],
    ['a time as text', (c: any) => (c.at = String(c.at)), 'checkIns[1].at: must be a time from 2000-01-01 to 2026-03-03T10:30:00.000Z.'],
    ['score 11', (c: any) => (c.score = 11), 'checkIns[1].score: must be a whole number from 0 to 10, or null for a week whose question was dismissed.'],
    ['score 2.5', (c: any) => (c.score = 2.5), 'checkIns[1].score: must be a whole number from 0 to 10, or null for a week whose question was dismissed.'],
    ['score -1', (c: any) => (c.score = -1), 'checkIns[1].score: must be a whole number from 0 to 10, or null for a week whose question was dismissed.'],
    ['a score as text', (c: any) => (c.score = '4'), 'checkIns[1].score: must be a whole number from 0 to 10, or null for a week whose question was dismissed.'],
    ['no score', (c: any) => delete c.score, 'checkIns[1].score: must be a whole number from 0 to 10, or null for a week whose question was dismissed.'],
    ['an unknown marker', (c: any) => (c.markers.sleepsWell = 'yes'), 'checkIns[1].markers.sleepsWell: not a marker Desk Reset knows (sitTwoHours, painFreeMornings or overheadEasier).'],
    ['an unknown answer', (c: any) => (c.markers.sitTwoHours = 'maybe'), 'checkIns[1].markers.sitTwoHours: must be yes, no or unsure.'],
    ['markers as a list', (c: any) => (c.markers = ['yes']), 'checkIns[1].markers: expected an object.'],
    ['no markers', (c: any) => delete c.markers, 'checkIns[1].markers: expected an object.'],
    ['an unknown field', (c: any) => (c.note = 'sore'), 'checkIns[1].note: unknown field.'],
  ])('%s', (_, change, error) => {
    expect(withSecond(change)).toEqual([error]);
  });

  it('names every problem of a record, and a record that is not one', () => {
    expect(withSecond((c) => Object.assign(c, { score: 12, week: '2026-02-24', mood: 1 }))).toEqual([
      'checkIns[1].mood: unknown field.',
      'checkIns[1].week: must be a Monday written yyyy-MM-dd, from 2000-01-01 to 2026-03-03.',
      'checkIns[1].score: must be a whole number from 0 to 10, or null for a week whose question was dismissed.',
    ]);
    const data = file();
    data.checkIns[3] = 'fine';
    expect(errorsOf(parse(data))).toEqual(['checkIns[3]: not a valid weekly check-in (it needs a week, a time, a score and the answers to the markers).']);
    expect(errorsOf(parse({ ...file(), checkIns: {} }))).toEqual(['checkIns: missing, or not a list.']);
  });

  it('in German and Spanish too, the path as it is in the file', () => {
    const data = file();
    data.checkIns[1].score = 11;
    const result = parse(data);
    if (result.ok) throw new Error('expected a refusal');
    const inLanguage = (lang: string) => render(result.errors[0]!, translateWith(toMessagesFile(readLocaleSources()[lang]!)));
    expect(inLanguage('de')).toBe('checkIns[1].score: muss eine ganze Zahl von 0 bis 10 sein, oder null für eine Woche, deren Frage weggeklickt wurde.');
    expect(inLanguage('es')).toBe('checkIns[1].score: debe ser un número entero de 0 a 10, o null para una semana cuya pregunta se descartó.');
  });
});

describe('the import preview counts check-ins', () => {
  const current = { settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: NO_LEVELS };
  const incoming = (checkIns?: CheckIn[]) => ({ settings: DEFAULT_SETTINGS, history: NO_HISTORY, levels: NO_LEVELS, ...(checkIns ? { checkIns } : {}) });

  it('beside the user\'s, one and many, last', () => {
    expect(lines(describeChanges({ ...current, checkIns: CHECK_INS.slice(0, 1) }, incoming(CHECK_INS))).at(-1)).toBe('Weekly check-ins: 1 weekly check-in now, 3 in the file (the file replaces yours)');
    expect(lines(describeChanges({ ...current, checkIns: [] }, incoming(CHECK_INS.slice(0, 1)))).at(-1)).toBe('Weekly check-ins: 0 weekly check-ins now, 1 in the file (the file replaces yours)');
  });

  it('the file\'s alone when the page did not read the user\'s', () => {
    expect(lines(describeChanges(current, incoming(CHECK_INS))).at(-1)).toBe('Weekly check-ins: 3 weekly check-ins in the file (the file replaces yours)');
    expect(lines(describeChanges(current, incoming(CHECK_INS.slice(0, 1)))).at(-1)).toBe('Weekly check-ins: 1 weekly check-in in the file (the file replaces yours)');
  });

  it('says nothing of them for a file without them, which changes none', () => {
    expect(lines(describeChanges({ ...current, checkIns: CHECK_INS }, incoming()))).toEqual([
      'No settings change.',
      'History: 0 events now, 0 in the file (the file replaces your history)',
      'Drill levels: 0 drills with their own level now, 0 in the file (the file replaces your levels)',
    ]);
  });
});

describe('importing check-ins', () => {
  const STORED: CheckIn = { week: '2026-02-09', at: NOW - 21 * DAY_MS, score: 8, markers: {} };

  it('round trip: what was exported is what is stored after the import', async () => {
    for (const c of CHECK_INS) await saveCheckIn(c);
    const text = serializeExport(exportOf(await loadCheckIns()));
    await fakeBrowser.storage.local.clear();
    await saveCheckIn(STORED);
    const result = parseImport(text, NOW);
    if (!result.ok) throw new Error('expected the file to be read');
    expect(await importData(result.data, NOW)).toBeNull();
    // The file's replace the user's, as its history replaces theirs.
    expect(await loadCheckIns()).toEqual(CHECK_INS);
  });

  it('a file of version 3 leaves the stored check-ins as they are', async () => {
    await saveCheckIn(STORED);
    const before = await fakeBrowser.storage.local.get('checkIns');
    const { checkIns: _, ...old } = file();
    const result = parse({ ...old, version: 3 });
    if (!result.ok) throw new Error('expected the file to be read');
    expect(await importData(result.data, NOW)).toBeNull();
    expect(await fakeBrowser.storage.local.get('checkIns')).toEqual(before);
  });

  it('all or nothing: a settings write that fails puts the check-ins back as they were', async () => {
    await saveCheckIn(STORED);
    const before = await fakeBrowser.storage.local.get('checkIns');
    const result = parseImport(serializeExport(exportOf(CHECK_INS)), NOW);
    if (!result.ok) throw new Error('expected the file to be read');
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.set = async (items: any) => {
      if ('settings' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    };
    try {
      expect(await importData(result.data, NOW)).toMatchObject({ partial: false });
    } finally {
      fakeBrowser.storage.sync.set = set;
    }
    expect(await fakeBrowser.storage.local.get('checkIns')).toEqual(before);
  });

  it('an import that starts with nothing stored removes the check-ins again when it fails', async () => {
    const result = parseImport(serializeExport(exportOf(CHECK_INS)), NOW);
    if (!result.ok) throw new Error('expected the file to be read');
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    try {
      expect(await importData(result.data, NOW)).toMatchObject({ partial: false });
    } finally {
      fakeBrowser.storage.sync.set = set;
    }
    expect(await fakeBrowser.storage.local.get('checkIns')).toEqual({});
  });
});
