import fc from 'fast-check';
import { DRILL_IDS } from '../../src/core/catalog';
import { formatClock } from '../../src/core/clock';
import type { DrillId } from '../../src/core/catalog/ids';
import { LEVEL_REASONS, topRung, type DrillLevel, type LevelChange, type LevelStore } from '../../src/core/levels';
import { EARLIEST_TIME } from '../../src/core/transfer';

/** Valid values for a mix of settings fields, to spread over DEFAULT_SETTINGS. */
export const settingsPatch = fc.record({
  intervalMinutes: fc.integer({ min: 15, max: 240 }),
  workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1 }).map((d) => d.sort((a, b) => a - b)),
  disabledDrills: fc.uniqueArray(fc.constantFrom(...DRILL_IDS), { maxLength: DRILL_IDS.length - 1 }),
  painfulDrills: fc.uniqueArray(fc.constantFrom(...DRILL_IDS)),
  soundCues: fc.boolean(),
  snoozeCap: fc.integer({ min: 0, max: 10 }),
});

/**
 * A working week for the scheduler's properties: some days, and 1–3 periods that do not overlap,
 * made of 2, 4 or 6 distinct quarter-hour boundaries.
 */
export const workWeek = fc
  .record({
    workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    bounds: fc.integer({ min: 1, max: 3 }).chain((n) => fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2 * n, maxLength: 2 * n })),
  })
  .map(({ workDays, bounds }) => {
    const b = [...bounds].sort((x, y) => x - y).map((q) => q * 15);
    const workHours = [];
    for (let i = 0; i < b.length; i += 2) workHours.push({ start: formatClock(b[i]!), end: formatClock(b[i + 1]!) });
    return { workDays: [...workDays].sort(), workHours };
  });

/** A drill and a rung on its ladder. */
const drillRung = fc.constantFrom(...DRILL_IDS).chain((id) => fc.record({ id: fc.constant(id), rung: fc.integer({ min: 0, max: topRung(id) }) }));

/**
 * Valid drill levels, as storage and the import keep them, with every time from 2000 to `latest`
 * (at most a day after the import's now), and at most `most` drills and changes.
 */
export function levelStore(latest: number, most = { drills: 6, log: 8 }): fc.Arbitrary<LevelStore> {
  const time = fc.integer({ min: EARLIEST_TIME, max: latest });
  const why = fc.constantFrom(...LEVEL_REASONS);
  const level = (id: DrillId): fc.Arbitrary<DrillLevel> => {
    const rung = fc.integer({ min: 0, max: topRung(id) });
    return fc.record({
      rung,
      streak: fc.option(fc.record({ rating: fc.constantFrom('easy' as const, 'hard' as const), count: fc.integer({ min: 1, max: 2 }) }), { nil: null }),
      last: fc.option(fc.record({ from: rung, to: rung, at: time, why }), { nil: null }),
    });
  };
  const drills = fc
    .uniqueArray(fc.constantFrom(...DRILL_IDS), { maxLength: most.drills })
    .chain((ids) => fc.tuple(...ids.map((id) => level(id).map((l): [DrillId, DrillLevel] => [id, l]))))
    .map((pairs) => Object.fromEntries(pairs) as LevelStore['drills']);
  const change: fc.Arbitrary<LevelChange> = fc
    .tuple(drillRung, fc.nat(), time, why)
    .map(([{ id, rung }, to, at, reason]) => ({ drillId: id, from: rung, to: to % (topRung(id) + 1), at, why: reason }));
  return fc.record({ drills, log: fc.array(change, { maxLength: most.log }) });
}
