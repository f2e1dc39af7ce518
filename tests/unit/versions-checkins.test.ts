import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { CheckIn } from '../../src/core/checkin';
import { NO_LEVELS } from '../../src/core/levels';
import { DEFAULT_SETTINGS, toStored } from '../../src/core/settings';
import { buildExport, parseImport, serializeExport, type Transferable } from '../../src/core/transfer';
import { CHECKINS_LOCK, loadCheckIns, saveCheckIn } from '../../src/platform/checkins';
import { clearHistory, importData } from '../../src/platform/data';
import { useTimeZone } from './tz';

// The weekly check-ins beside another version's (issue 26, "Data"). storage.local is shared with
// older and newer versions: an entry this version cannot read (a score or an answer it does not
// know), a field of an entry, a field of the record are kept by every write here, an import
// included, and never travel in an export (as a newer version's history events do not). Clearing
// the history is the user's wish to forget: it empties them all.

useTimeZone('Europe/Berlin');
const NOW = new Date('2026-03-02T10:30:00Z').getTime();
const DAY_MS = 86_400_000;
const NEWER_SCORE = { week: '2026-02-09', at: NOW - 21 * DAY_MS, score: 4.5, markers: {} };
const NEWER_ANSWER = { week: '2026-02-16', at: NOW - 14 * DAY_MS, score: 5, markers: { sitTwoHours: 'mostly' } };
const WITH_NOTE = { week: '2026-02-23', at: NOW - 7 * DAY_MS, score: 6, markers: { sleepsWell: 'yes' }, note: 'long week' };
const STORED = { entries: [NEWER_SCORE, NEWER_ANSWER, WITH_NOTE, 'junk'], plan: { goal: 3 } };
const THIS_WEEK: CheckIn = { week: '2026-03-02', at: NOW - 3_600_000, score: 4, markers: { sitTwoHours: 'yes' } };

async function seed() {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true }) });
  await fakeBrowser.storage.local.set({ checkIns: JSON.parse(JSON.stringify(STORED)), history: [], historyDays: [] });
}
const stored = async () => (await fakeBrowser.storage.local.get('checkIns')).checkIns;
const readFile = (text: string): Transferable => {
  const result = parseImport(text, NOW);
  if (!result.ok) throw new Error('expected the file to be read');
  return result.data;
};
const exported = async () => serializeExport(buildExport(DEFAULT_SETTINGS, { events: [], days: [] }, NO_LEVELS, NOW, [], await loadCheckIns()));

describe('another version\'s check-ins', () => {
  it('are kept, entries and fields, when this version records a week', async () => {
    await seed();
    await saveCheckIn({ ...THIS_WEEK, week: '2026-02-23' });
    await saveCheckIn(THIS_WEEK);
    // The entry with the note was this version's week 2026-02-23, and is replaced; the others stay as stored.
    expect(await stored()).toEqual({ entries: [NEWER_SCORE, NEWER_ANSWER, 'junk', { ...THIS_WEEK, week: '2026-02-23' }, THIS_WEEK], plan: { goal: 3 } });
  });

  it('are exported as this version reads them, a file this version reads back', async () => {
    await seed();
    const data = readFile(await exported());
    // The entry with a note and an unknown marker travels without them; the ones this version cannot read stay behind.
    expect(data.checkIns).toEqual([{ week: '2026-02-23', at: WITH_NOTE.at, score: 6, markers: {} }]);
  });

  it('are kept as stored by an import of a file without check-ins', async () => {
    await seed();
    const { checkIns: _, ...old } = JSON.parse(await exported());
    expect(await importData(readFile(JSON.stringify({ ...old, version: 3 })), NOW)).toBeNull();
    expect(await stored()).toEqual(STORED);
  });

  it('are kept by an import of a file with check-ins, which replaces only those this version reads', async () => {
    await seed();
    expect(await importData({ ...readFile(await exported()), checkIns: [THIS_WEEK] }, NOW)).toBeNull();
    // The entries only another version reads, and the record's field, stay; the one this version read and the junk go.
    expect(await stored()).toEqual({ entries: [NEWER_SCORE, NEWER_ANSWER, THIS_WEEK], plan: { goal: 3 } });
    expect(await loadCheckIns()).toEqual([THIS_WEEK]);
  });

  it('are all cleared with the history, with or without the levels', async () => {
    for (const levelsToo of [false, true]) {
      await seed();
      await clearHistory(levelsToo);
      expect(await stored()).toEqual({ entries: [] });
      expect(await loadCheckIns()).toEqual([]);
    }
  });
});

describe('the check-ins\' lock', () => {
  /** Holds CHECKINS_LOCK until the returned function is called. */
  const hold = () => {
    let release = () => {};
    void navigator.locks.request(CHECKINS_LOCK, () => new Promise<void>((done) => (release = done)));
    return () => release();
  };
  /** Lets every step that can run now run, on real macrotasks. */
  const turns = async (n = 5) => {
    for (let i = 0; i < n; i++) await new Promise((done) => setTimeout(done, 0));
  };

  it('is taken by clearing the history, which waits for a check-in being written', async () => {
    await seed();
    const release = hold();
    const clearing = clearHistory(false);
    await turns();
    expect(await stored()).toEqual(STORED);
    release();
    await clearing;
    expect(await stored()).toEqual({ entries: [] });
  });

  it('is taken by an import with check-ins, and not by one without', async () => {
    await seed();
    const text = await exported();
    const release = hold();
    const { checkIns: _, ...old } = JSON.parse(text);
    // A file without check-ins does not wait for their lock.
    expect(await importData(readFile(JSON.stringify({ ...old, version: 3 })), NOW)).toBeNull();
    const importing = importData({ ...readFile(text), checkIns: [THIS_WEEK] }, NOW);
    await turns();
    expect(await stored()).toEqual(STORED);
    release();
    expect(await importing).toBeNull();
    expect(await loadCheckIns()).toEqual([THIS_WEEK]);
  });
});
