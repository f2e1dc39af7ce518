import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog';
import { DEFAULT_SETTINGS, enabledDrillIds, readSettings, toStored, validateSettings } from '../../src/core/settings';

describe('settings', () => {
  it('defaults to a break every 90 minutes with every drill on', () => {
    expect(DEFAULT_SETTINGS.intervalMinutes).toBe(90);
    expect(enabledDrillIds(DEFAULT_SETTINGS)).toEqual([...DRILL_IDS]);
  });

  it('round-trips through the stored form', () => {
    const settings = { ...DEFAULT_SETTINGS, intervalMinutes: 45, disabledDrills: ['band-rows' as const] };
    expect(readSettings(toStored(settings))).toEqual({ settings, repaired: [] });
  });

  it('repairs a bad interval but keeps the valid drill choice', () => {
    const { settings, repaired } = readSettings({ intervalMinutes: 'soon', disabledDrills: ['chin-tucks'] });
    expect(settings).toEqual({ intervalMinutes: 90, disabledDrills: ['chin-tucks'] });
    expect(repaired).toEqual(['intervalMinutes']);
  });

  it('switches every drill back on rather than leaving none', () => {
    const { settings, repaired } = readSettings({ intervalMinutes: 60, disabledDrills: [...DRILL_IDS] });
    expect(enabledDrillIds(settings)).toEqual([...DRILL_IDS]);
    expect(settings.intervalMinutes).toBe(60);
    expect(repaired).toEqual(['disabledDrills']);
  });

  it('the form refuses to switch every drill off', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, disabledDrills: [...DRILL_IDS] })).toEqual({
      disabledDrills: 'Keep at least one drill switched on.',
    });
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({});
  });
});
