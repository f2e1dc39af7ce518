import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrate, readSettings, settingsSchema, SETTINGS_VERSION, toStored } from '../../src/core/settings';
import { changeSettings } from './settings-change';

// The settings fields one at a time: what each accepts, the message it refuses with, its default.
const refused = (key: string, ...args: unknown[]) => ({ ok: false, message: { key, args } });
const hours = settingsSchema.workHours;

describe('settings fields', () => {
  it('a working period needs a start and an end, each a clock time, the end after the start', () => {
    const period = (p: unknown) => hours.check([p]);
    expect(period({ start: '09:00', end: '17:30' })).toEqual({ ok: true, value: [{ start: '09:00', end: '17:30' }] });
    expect(period({ start: '22:00', end: '24:00' })).toEqual({ ok: true, value: [{ start: '22:00', end: '24:00' }] });
    for (const p of [null, 'x', { start: '09:00' }, { end: '17:00' }, { start: 9, end: '17:00' }, { start: '09:00', end: 17 }]) expect(period(p)).toEqual(refused('err_period_missing'));
    expect(period({ start: '9:00', end: '17:00' })).toEqual(refused('err_period_format'));
    expect(period({ start: '09:00', end: '17:61' })).toEqual(refused('err_period_format'));
    expect(period({ start: '17:00', end: '09:00' })).toEqual(refused('err_period_order', '17:00', '09:00'));
    expect(period({ start: '09:00', end: '09:00' })).toEqual(refused('err_period_order', '09:00', '09:00'));
  });

  it('periods may touch but not overlap, whatever order they are in', () => {
    expect(hours.check([{ start: '13:00', end: '17:00' }, { start: '09:00', end: '13:00' }]).ok).toBe(true);
    expect(hours.check([{ start: '12:00', end: '17:00' }, { start: '09:00', end: '12:30' }])).toEqual(refused('err_periods_overlap', '09:00', '12:30', '12:00', '17:00'));
    expect(hours.fallback()).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  it('at least one space; idle minutes and the drill cap name their units', () => {
    expect(settingsSchema.spaces.check([])).toEqual(refused('err_spaces_none'));
    expect(settingsSchema.spaces.check(['floor'])).toEqual({ ok: true, value: ['floor'] });
    expect(settingsSchema.idleMinutes.check(0)).toEqual(refused('err_range_minutes', 1, 60));
    expect(settingsSchema.drillCapSeconds.check(10)).toEqual(refused('err_range_seconds', 30, 300));
  });

  it('defaults: routines off, no band, the desk-worker plan’s 90 minutes', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ intervalMinutes: 90, morningRoutine: false, eveningRoutine: false, equipment: ['wall', 'doorway', 'chair'], spaces: ['desk', 'standing'], idleMinutes: 5, drillCapSeconds: 120 });
  });
});

describe('migration and versions', () => {
  const bands = ['wall', 'doorway', 'chair', 'band', 'anchored-band'];

  it('before version 3, band rows left on means band drills kept; version 3 and later are left alone', () => {
    expect(migrate({ version: 2 })).toMatchObject({ equipment: bands });
    expect(migrate({})).toMatchObject({ equipment: bands });
    expect(migrate({ version: '2' })).toMatchObject({ equipment: bands });
    expect(migrate({ version: 2, disabledDrills: ['band-rows'] })).not.toHaveProperty('equipment');
    expect(migrate({ version: 2, disabledDrills: 'band-rows' })).toMatchObject({ equipment: bands });
    expect(migrate({ version: 3 })).not.toHaveProperty('equipment');
    expect(migrate({ version: 2, equipment: ['ball'] })).toMatchObject({ equipment: ['ball'] });
    expect(migrate('x')).toBe('x');
  });

  it('writes this version’s number, unless a newer one is stored; a version that is not a number is replaced', () => {
    const write = (raw: unknown) => changeSettings(raw, () => ({ intervalMinutes: 60 })).stored?.version;
    expect(write(toStored(DEFAULT_SETTINGS))).toBe(SETTINGS_VERSION);
    expect(write({ ...toStored(DEFAULT_SETTINGS), version: SETTINGS_VERSION + 3 })).toBe(SETTINGS_VERSION + 3);
    expect(write({ ...toStored(DEFAULT_SETTINGS), version: 1 })).toBe(SETTINGS_VERSION);
    expect(write({ ...toStored(DEFAULT_SETTINGS), version: `${SETTINGS_VERSION + 3}` })).toBe(SETTINGS_VERSION);
    expect(readSettings({ version: 2 }).settings.equipment).toEqual(bands);
  });
});
