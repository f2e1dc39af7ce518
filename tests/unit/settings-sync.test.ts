import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import type { Policy, Settings } from '../../src/core/settings';
import { FIELD_KEYS, fromSync, LEGACY_KEY, planSettingsWrite, readStoredSettings, storedRecord } from '../../src/core/settings-sync';

// Settings in storage.sync, key by key, as computers on this, older and newer versions share them.
// Sync settles each key on its own (the last write wins), so two writes at the same moment can
// leave one computer's own keys beside the other's single 'settings' record. Versions up to 6 are
// written out by hand: they read the single record and write it back whole with their change.

type Sync = Record<string, unknown>;
type Change = (fresh: Settings) => Partial<Settings>;
type Options = Parameters<typeof planSettingsWrite>[2];

/** storage.sync after `writes` were set on it, in that order. */
const settle = (sync: Sync, ...writes: (Sync | null)[]): Sync => Object.assign(structuredClone(sync), ...writes.map((items) => structuredClone(items ?? {})));
/** What this version would pass to storage.sync.set for `change` (null: nothing to write). */
const itemsFor = (sync: Sync, change: Change, options?: Options) => planSettingsWrite(fromSync(sync), change, options).items;
/** storage.sync after this version wrote `change`. */
const write = (sync: Sync, change: Change, options?: Options) => settle(sync, itemsFor(sync, change, options));
const view = (sync: Sync, policy?: Policy, pain?: readonly string[]) => readStoredSettings(fromSync(sync), policy, pain);
const read = (sync: Sync) => view(sync).settings;
/** The single record, as versions up to 6 read it. */
const recordIn = (sync: Sync) => sync[LEGACY_KEY] as Record<string, unknown>;
/** Version 6 writes the record it read back whole, with its change, keeping fields it does not know. */
const olderWrites = (sync: Sync, change: Record<string, unknown>): Sync => ({ [LEGACY_KEY]: { ...recordIn(sync), ...change } });

// FNV-1a (32 bit) of a value's JSON text, in base 36; FNV-1a('') is the offset basis 0x811c9dc5.
const DIGEST = { none: 'ztntfp', 45: '133asf6', painfulWithHalo: '11were9' } as const;

describe('two computers on this version', () => {
  it('changing different fields at the same moment both keep their change, whichever record sync keeps', () => {
    const before = write({}, () => ({ safetyAcknowledged: true }));
    const a = itemsFor(before, () => ({ intervalMinutes: 45 }));
    const b = itemsFor(before, () => ({ soundCues: true }));
    for (const settled of [settle(before, a, b), settle(before, b, a)]) {
      expect(read(settled)).toMatchObject({ intervalMinutes: 45, soundCues: true, safetyAcknowledged: true });
    }
  });

  it('storage as they leave it is read the same by every version with own keys: digests are FNV-1a of the JSON text', () => {
    // One computer set the interval, the other ticked Sound cues; sync kept the first one's record.
    const written = write({}, () => ({ intervalMinutes: 45 }));
    expect(recordIn(written)).toMatchObject({ version: 7, intervalMinutes: 45, ownKeyCopies: { intervalMinutes: DIGEST[45], soundCues: DIGEST.none } });
    const settled = {
      [FIELD_KEYS.intervalMinutes]: 45,
      [FIELD_KEYS.soundCues]: true,
      settings: { version: 7, intervalMinutes: 45, ownKeyCopies: { intervalMinutes: DIGEST[45], soundCues: DIGEST.none } },
    };
    expect(read(settled)).toMatchObject({ intervalMinutes: 45, soundCues: true });
  });

  it('a reset on one while the other copied the old interval into the record: the default everywhere, the stale copy cleared', () => {
    const before = write({}, () => ({ intervalMinutes: 45 }));
    const reset = itemsFor(before, () => ({ safetyAcknowledged: true }), { forget: true });
    const ticked = itemsFor(before, () => ({ soundCues: true }));
    const settled = settle(before, reset, ticked);
    expect(recordIn(settled)).toMatchObject({ intervalMinutes: 45 });
    expect(view(settled)).toEqual({ settings: expect.objectContaining({ intervalMinutes: 90, soundCues: true, safetyAcknowledged: true }), repaired: [] });
    expect(storedRecord(fromSync(settled))).not.toHaveProperty('intervalMinutes');
    // The next write of any field takes the stale copy out, so versions up to 6 read the default too.
    const next = write(settled, () => ({ idleMinutes: 7 }));
    expect(recordIn(next)).not.toHaveProperty('intervalMinutes');
    expect(recordIn(next)).toMatchObject({ soundCues: true, idleMinutes: 7, safetyAcknowledged: true });
    expect(read(next)).toMatchObject({ intervalMinutes: 90, soundCues: true, idleMinutes: 7 });
  });

  it.each([null, undefined])('an own key holding %s is no choice: the default, nothing reported repaired', (value) => {
    const stored = { legacy: { version: 7, ownKeyCopies: {} }, fields: { soundCues: value } };
    expect(readStoredSettings(stored)).toEqual({ settings: expect.objectContaining({ soundCues: false }), repaired: [] });
    expect(storedRecord(stored)).not.toHaveProperty('soundCues');
  });
});

describe('a change and a reset', () => {
  it('a reset leaves no trace of the fields it forgets in the record versions up to 6 read', () => {
    const before = write({}, () => ({ intervalMinutes: 45, soundCues: true }));
    const after = write(before, () => ({ safetyAcknowledged: true }), { forget: true });
    expect(recordIn(after)).not.toHaveProperty('intervalMinutes');
    expect(recordIn(after)).not.toHaveProperty('soundCues');
    expect(after).toMatchObject({ [FIELD_KEYS.intervalMinutes]: null, [FIELD_KEYS.soundCues]: null });
    expect(read(after)).toMatchObject({ intervalMinutes: 90, soundCues: false, safetyAcknowledged: true });
  });

  it('a change without options keeps every earlier choice', () => {
    const before = write({}, () => ({ intervalMinutes: 45 }));
    const { settings, items } = planSettingsWrite(fromSync(before), () => ({ soundCues: true }));
    expect(settings).toMatchObject({ intervalMinutes: 45, soundCues: true });
    expect(Object.keys(items ?? {})).not.toContain(FIELD_KEYS.intervalMinutes);
    expect(read(settle(before, items))).toMatchObject({ intervalMinutes: 45, soundCues: true });
  });
});

describe('older versions beside this one', () => {
  it('version 6 rewriting the record as it understands it does not take the drill that hurt out of the own key', () => {
    // A newer computer reported kettlebell-halo painful; version 6 dropped it from the record when it ticked Sound cues.
    const newer = {
      [FIELD_KEYS.painfulDrills]: ['chin-tucks', 'kettlebell-halo'],
      settings: { version: 8, painfulDrills: ['chin-tucks', 'kettlebell-halo'], ownKeyCopies: { painfulDrills: DIGEST.painfulWithHalo } },
    };
    const sixWrote = settle(newer, olderWrites(newer, { painfulDrills: ['chin-tucks'], soundCues: true }));
    expect(read(sixWrote)).toMatchObject({ painfulDrills: ['chin-tucks'], soundCues: true });
    expect(storedRecord(fromSync(sixWrote))).toMatchObject({ painfulDrills: ['chin-tucks', 'kettlebell-halo'], soundCues: true });
    // This computer then reports wall-slides: the newer computer keeps kettlebell-halo out as well.
    const items = itemsFor(sixWrote, (fresh) => ({ painfulDrills: [...fresh.painfulDrills, 'wall-slides'] }));
    expect(items).toMatchObject({ [FIELD_KEYS.painfulDrills]: ['chin-tucks', 'wall-slides', 'kettlebell-halo'] });
  });

  it('a reset on version 6 is not undone by this version’s next write: a choice made before it stays forgotten', () => {
    const before = write({}, () => ({ intervalMinutes: 45 }));
    // Version 6 resets: the record holds only its version number (this one's, being newer), no digests.
    const reset = settle(before, { settings: { version: 7 } });
    expect(read(reset).intervalMinutes).toBe(90);
    const ticked = write(reset, () => ({ soundCues: true }));
    expect(read(ticked)).toMatchObject({ intervalMinutes: 90, soundCues: true });
  });

  it('a change on version 6 after a clash with this version stands once this version has written, even back to an earlier value', () => {
    // This computer chose 45; then, at the same moment, it chose 90 and version 6 chose 60, and sync
    // kept this computer's own key and version 6's record.
    const before = write({}, () => ({ intervalMinutes: 45 }));
    const clash = settle(before, itemsFor(before, () => ({ intervalMinutes: 90 })), olderWrites(before, { intervalMinutes: 60 }));
    expect(read(clash).intervalMinutes).toBe(60);
    const ticked = write(clash, () => ({ soundCues: true }));
    expect(read(ticked).intervalMinutes).toBe(60);
    // Version 6 goes back to 45, which it shows from then on; so does this version.
    const back = settle(ticked, olderWrites(ticked, { intervalMinutes: 45 }));
    expect(recordIn(back).intervalMinutes).toBe(45);
    expect(read(back)).toMatchObject({ intervalMinutes: 45, soundCues: true });
  });
});

describe('newer versions beside this one', () => {
  it('a field a newer version keeps only in its own key is read from there: the drill that hurt stays out', () => {
    const newer = { settings: { version: 8, ownKeyCopies: {}, safetyAcknowledged: true }, [FIELD_KEYS.painfulDrills]: ['chin-tucks', 'kettlebell-halo'] };
    expect(read(newer)).toMatchObject({ painfulDrills: ['chin-tucks'], safetyAcknowledged: true });
  });

  it('fields, digests and the version number of a newer version are kept by a write of this one', () => {
    const newer = {
      'settings.hologramMode': true,
      settings: { version: 8, hologramMode: true, ownKeyCopies: { hologramMode: 'h0l0', safetyAcknowledged: 'x1' }, safetyAcknowledged: true },
    };
    expect(storedRecord(fromSync(newer))).toEqual({ version: 8, hologramMode: true, safetyAcknowledged: true });
    const after = write(newer, () => ({ soundCues: true }));
    expect(recordIn(after)).toMatchObject({ version: 8, hologramMode: true, soundCues: true, ownKeyCopies: { hologramMode: 'h0l0' } });
    expect(after['settings.hologramMode']).toBe(true);
  });

  it('days stored in another order (a week from Monday) are left as they are when the form saves them unchanged', () => {
    const monday = [1, 2, 3, 4, 5, 6, 0];
    const newer = { [FIELD_KEYS.workDays]: monday, settings: { version: 8, ownKeyCopies: {} } };
    expect(read(newer).workDays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const items = itemsFor(newer, (fresh) => ({ workDays: fresh.workDays, soundCues: true }));
    expect(Object.keys(items ?? {})).not.toContain(FIELD_KEYS.workDays);
    expect(items).toMatchObject({ [FIELD_KEYS.soundCues]: true });
    expect(itemsFor(newer, (fresh) => ({ workDays: fresh.workDays }))).toBeNull();
  });
});

describe('what a write may not store', () => {
  it('every catalog drill switched off is stored as chosen: an own drill may be on (an older version reads all of them on)', () => {
    const { settings, items } = planSettingsWrite(fromSync({}), () => ({ disabledDrills: [...DRILL_IDS] }));
    expect(settings.disabledDrills).toEqual([...DRILL_IDS]);
    expect(items).toMatchObject({ [FIELD_KEYS.disabledDrills]: [...DRILL_IDS], settings: { disabledDrills: [...DRILL_IDS] } });
  });
});

describe('pain reported on this computer, not yet in sync', () => {
  const pending = ['wall-slides'];

  it('joins the painful drills read from sync', () => {
    expect(view({}, undefined, pending).settings.painfulDrills).toEqual(['wall-slides']);
  });

  it('does not override an organisation that locks the painful drills', () => {
    const org: Policy = { values: { painfulDrills: ['chin-tucks'] }, locked: ['painfulDrills'] };
    expect(view({}, org, pending).settings.painfulDrills).toEqual(['chin-tucks']);
  });
});
