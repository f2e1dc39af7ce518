import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { msg, render } from '../../src/core/i18n';
import { english } from '../english';
import { DRILL_IDS } from '../../src/core/catalog';
import { DEFAULT_SETTINGS, enabledDrillIds, OWNABLE_EQUIPMENT, readSettings, SETTINGS_VERSION, settingsSchema, toStored } from '../../src/core/settings';
import { changeSettings } from './settings-change';
import { settingsProblems, validateSettings } from '../../src/core/settings-rules';
import { runs } from './runs';

describe('settings', () => {
  it('defaults: every 90 minutes, Mon–Fri 09:00–17:30, heads-up off, 5 min idle, snoozes 5/10/15 capped at 3, badge off', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      intervalMinutes: 90,
      workDays: [1, 2, 3, 4, 5],
      workHours: [{ start: '09:00', end: '17:30' }],
      headsUpMinutes: 0,
      idleMinutes: 5,
      snoozeMinutes: [5, 10, 15],
      snoozeCap: 3,
      showBadge: false,
    });
    expect(enabledDrillIds(DEFAULT_SETTINGS)).toEqual([...DRILL_IDS]);
  });

  it('round-trips through the stored form', () => {
    const settings = { ...DEFAULT_SETTINGS, intervalMinutes: 45, disabledDrills: ['band-rows' as const] };
    expect(readSettings(toStored(settings))).toEqual({ settings, repaired: [] });
  });

  it('repairs a bad interval but keeps the valid drill choice', () => {
    const { settings, repaired } = readSettings({ version: SETTINGS_VERSION, intervalMinutes: 'soon', disabledDrills: ['chin-tucks'] });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 90, disabledDrills: ['chin-tucks'] });
    expect(repaired).toEqual(['intervalMinutes']);
  });

  it('reads every catalog drill switched off as stored: the user’s own drills may be the ones on (the machine keeps one on, own-rotation.test.ts)', () => {
    const { settings, repaired } = readSettings({ intervalMinutes: 60, disabledDrills: [...DRILL_IDS] });
    expect(enabledDrillIds(settings)).toEqual([]);
    expect(enabledDrillIds(settings, ['own-a1'])).toEqual(['own-a1']);
    expect(settings.intervalMinutes).toBe(60);
    expect(repaired).toEqual([]);
  });

  it.each([
    ['intervalMinutes', 10, 'from 15 to 240'],
    ['intervalMinutes', 300, 'from 15 to 240'],
    ['workDays', [], 'at least one working day'],
    ['workDays', [7], 'days of the week'],
    ['workHours', [], '1 to 6 working periods'],
    ['workHours', [{ start: '9:00', end: '17:00' }], 'HH:MM'],
    ['workHours', [{ start: '12:00', end: '09:00' }], 'end after it starts'],
    ['workHours', [{ start: '09:00', end: '12:30' }, { start: '12:00', end: '17:00' }], 'overlap'],
    ['headsUpMinutes', 3, 'one of 0, 1, 2, 5'],
    ['idleMinutes', 0, 'from 1 to 60'],
    ['snoozeMinutes', [5, 10, 15, 20], '1 to 3 snooze lengths'],
    ['snoozeMinutes', [0], 'from 1 to 60'],
    ['snoozeCap', -1, 'from 0 to 10'],
    ['showBadge', 'yes', 'on or off'],
  ] as const)('refuses %s = %j with a message', (key, value, message) => {
    const result = settingsSchema[key].check(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(render(result.message, english)).toContain(message);
  });

  it('accepts a lunch gap and normalises working days', () => {
    const { settings, repaired } = readSettings({
      workDays: [5, 1, 1, 3],
      workHours: [{ start: '13:00', end: '17:30' }, { start: '09:00', end: '12:00' }],
    });
    expect(repaired).toEqual([]);
    expect(settings.workDays).toEqual([1, 3, 5]);
    expect(settings.workHours).toHaveLength(2);
  });

  it('warns when no working period is long enough for the interval', () => {
    expect(render(validateSettings({ ...DEFAULT_SETTINGS, intervalMinutes: 120, workHours: [{ start: '09:00', end: '11:00' }] }).intervalMinutes!, english)).toMatch(
      /no break would ever come/,
    );
  });

  it('names the fields each rule across fields involves', () => {
    expect(settingsProblems({ ...DEFAULT_SETTINGS, disabledDrills: [...DRILL_IDS], intervalMinutes: 120, workHours: [{ start: '09:00', end: '11:00' }] })).toEqual([
      { field: 'disabledDrills', involves: ['disabledDrills'], message: msg('err_drills_none') },
      { field: 'intervalMinutes', involves: ['intervalMinutes', 'workHours'], message: msg('err_interval_too_long', 120) },
    ]);
    // A period exactly as long as the interval still has no room for a break; a minute longer has.
    expect(settingsProblems({ ...DEFAULT_SETTINGS, intervalMinutes: 120, workHours: [{ start: '09:00', end: '10:00' }, { start: '13:00', end: '15:00' }] })).toHaveLength(1);
    expect(settingsProblems({ ...DEFAULT_SETTINGS, intervalMinutes: 120, workHours: [{ start: '09:00', end: '10:00' }, { start: '13:00', end: '15:01' }] })).toEqual([]);
  });

  it('the form refuses to switch every drill off', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, disabledDrills: [...DRILL_IDS] })).toEqual({ disabledDrills: msg('err_drills_none') });
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
  });
});

describe('migrations and repair', () => {
  it('version 1 settings (interval and drills only) read with defaults for everything newer', () => {
    const { settings, repaired } = readSettings({ version: 1, intervalMinutes: 60, disabledDrills: ['chin-tucks'] });
    expect(repaired).toEqual([]);
    expect(settings).toMatchObject({ intervalMinutes: 60, disabledDrills: ['chin-tucks'], workDays: [1, 2, 3, 4, 5], morningRoutine: false });
  });

  it('a user from before equipment existed who did band rows keeps the band drills', () => {
    expect(readSettings({ version: 2, intervalMinutes: 90, disabledDrills: [] }).settings.equipment).toEqual(expect.arrayContaining(['band', 'anchored-band']));
    expect(readSettings({ version: 2, disabledDrills: ['band-rows'] }).settings.equipment).toEqual(['wall', 'doorway', 'chair']);
    expect(readSettings({ version: 3, equipment: ['ball'] }).settings.equipment).toEqual(['ball']);
  });

  it('settings from a future version keep every field this version understands', () => {
    const { settings, repaired } = readSettings({ version: 99, intervalMinutes: 45, hologramMode: true, workDays: 'weekdays' });
    expect(settings.intervalMinutes).toBe(45);
    expect(repaired).toEqual(['workDays']);
    expect(settings).not.toHaveProperty('hologramMode');
  });

  it('random junk never throws and always yields valid settings, keeping valid fields', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 15, max: 240 }), (junk, interval) => {
        const isRecord = typeof junk === 'object' && junk !== null && !Array.isArray(junk);
        const raw = isRecord ? { ...junk, intervalMinutes: interval } : junk;
        const { settings } = readSettings(raw);
        for (const [key, field] of Object.entries(settingsSchema)) expect(field.check((settings as Record<string, unknown>)[key]).ok, key).toBe(true);
        expect(enabledDrillIds(settings).length).toBeGreaterThan(0);
        if (isRecord) expect(settings.intervalMinutes).toBe(interval);
      }),
      { numRuns: runs(300) },
    );
  });

  it('the stored item stays far below the 8 KB per-item quota of storage.sync, even at its largest', () => {
    const largest = {
      ...DEFAULT_SETTINGS,
      disabledDrills: [...DRILL_IDS],
      painfulDrills: [...DRILL_IDS],
      equipment: [...OWNABLE_EQUIPMENT],
      workHours: ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'].map((start, i) => ({ start, end: `${String(i * 4 + 3).padStart(2, '0')}:59` })),
    };
    const bytes = new TextEncoder().encode(JSON.stringify({ settings: toStored(largest) })).length;
    expect(bytes).toBeLessThan(4096);
  });
});

describe('changeSettings: a change of named fields on the settings as stored', () => {
  const stored = toStored({ ...DEFAULT_SETTINGS, intervalMinutes: 45 });

  it('applies the change on top of the fresh settings, which it hands to the change', () => {
    const seen: unknown[] = [];
    const { settings, stored: next } = changeSettings(stored, (fresh) => {
      seen.push(fresh);
      return { soundCues: true };
    });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, intervalMinutes: 45 }]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 45, soundCues: true });
    expect(next).toEqual({ ...stored, soundCues: true });
  });

  it('writes nothing when nothing changes', () => {
    expect(changeSettings(stored, () => ({ intervalMinutes: 45 }))).toEqual({ settings: { ...DEFAULT_SETTINGS, intervalMinutes: 45 }, stored: null });
    expect(changeSettings(stored, () => ({})).stored).toBeNull();
  });

  it('keeps fields it does not know and a newer version number, untouched', () => {
    const newer = { ...stored, version: SETTINGS_VERSION + 1, hologramMode: { on: true } };
    expect(changeSettings(newer, () => ({ soundCues: true })).stored).toEqual({ ...newer, soundCues: true });
    expect(changeSettings(newer, () => ({})).stored).toBeNull();
  });

  it('writes this version over an older or missing one, and keeps what is broken as it is stored', () => {
    // Before version 6 every field was stored; one stored at its default was never the user's choice.
    const chosen = { intervalMinutes: 45, soundCues: true, version: SETTINGS_VERSION };
    expect(changeSettings({ ...stored, version: SETTINGS_VERSION - 2 }, () => ({ soundCues: true })).stored).toEqual(chosen);
    expect(changeSettings({ ...stored, version: 'new' }, () => ({ soundCues: true })).stored).toEqual(chosen);
    const { version: _v, ...unversioned } = stored;
    expect(changeSettings(unversioned, () => ({ soundCues: true })).stored).toEqual(chosen);
    // Nothing changed, nothing written: a read's migration or repair stays in memory.
    expect(changeSettings({ ...stored, version: SETTINGS_VERSION - 2 }, () => ({})).stored).toBeNull();
    expect(changeSettings({ ...stored, idleMinutes: 'soon', extra: 1 }, () => ({})).stored).toBeNull();
    expect(changeSettings({ ...stored, idleMinutes: 'soon', extra: 1 }, () => ({ soundCues: true })).stored).toEqual({ ...stored, idleMinutes: 'soon', extra: 1, soundCues: true });
    expect(changeSettings(undefined, () => ({})).stored).toBeNull();
    expect(changeSettings('junk', () => ({ soundCues: true })).stored).toEqual({ soundCues: true, version: SETTINGS_VERSION });
  });

  it('stores only what the user chose: a change adds to their choices, forgetting drops them all', () => {
    expect(changeSettings({ intervalMinutes: 45, version: SETTINGS_VERSION }, () => ({ soundCues: true })).stored).toEqual({ intervalMinutes: 45, soundCues: true, version: SETTINGS_VERSION });
    const forgot = changeSettings({ intervalMinutes: 45, idleMinutes: 7, version: SETTINGS_VERSION }, (fresh) => ({ safetyAcknowledged: fresh.safetyAcknowledged }), undefined, true);
    expect(forgot).toEqual({ settings: DEFAULT_SETTINGS, stored: { safetyAcknowledged: false, version: SETTINGS_VERSION } });
  });

  it('stores every catalog drill switched off as chosen (the form holds it back unless an own drill is on)', () => {
    expect(changeSettings(stored, () => ({ disabledDrills: [...DRILL_IDS] })).settings.disabledDrills).toEqual([...DRILL_IDS]);
  });
});
