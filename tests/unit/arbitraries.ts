import fc from 'fast-check';
import { DRILL_IDS } from '../../src/core/catalog';

/** Valid values for a mix of settings fields, to spread over DEFAULT_SETTINGS. */
export const settingsPatch = fc.record({
  intervalMinutes: fc.integer({ min: 15, max: 240 }),
  workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1 }).map((d) => d.sort((a, b) => a - b)),
  disabledDrills: fc.uniqueArray(fc.constantFrom(...DRILL_IDS), { maxLength: DRILL_IDS.length - 1 }),
  painfulDrills: fc.uniqueArray(fc.constantFrom(...DRILL_IDS)),
  soundCues: fc.boolean(),
  snoozeCap: fc.integer({ min: 0, max: 10 }),
});
