import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG, type DrillId } from '../../src/core/catalog';
import { breakDose, type Drill } from '../../src/core/drill';
import { planSeconds, timerPlan } from '../../src/core/timer';
import { render } from '../../src/core/i18n';
import { noFitReasons } from '../../src/core/no-fit';
import { group, pickDrill, rankCandidates, unfit } from '../../src/core/rotation';
import { rememberDrill } from '../../src/core/state';
import { english } from '../english';
import { DEFAULT_SETTINGS, OWNABLE_EQUIPMENT, SPACES, type Settings } from '../../src/core/settings';
import { drillWorld } from '../../src/core/own-world';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { ownDrills } from './own-arbitraries';

const everything: Settings = { ...DEFAULT_SETTINGS, equipment: [...OWNABLE_EQUIPMENT], spaces: [...SPACES], drillCapSeconds: 300 };
const ids = CATALOG.map((d) => d.id);

/** Settings over the drills `ids` names (the catalog's, or the catalog's and the user's own). */
const settingsOver = (ids: readonly string[]) =>
  fc.record({
    // Now and then every catalog drill switched off: the user's own are then the only ones left.
    disabledDrills: fc.oneof(fc.subarray([...ids]), fc.subarray([...ids]).map((off) => [...new Set([...DRILL_IDS, ...off])])) as fc.Arbitrary<DrillId[]>,
    // Often every drill, or all but one, marked painful: the corner where a stand-in could hurt.
    painfulDrills: fc.oneof(fc.subarray([...ids]), fc.constant([...ids]), fc.constantFrom(...ids).map((keep) => ids.filter((id) => id !== keep))) as fc.Arbitrary<DrillId[]>,
    equipment: fc.subarray([...OWNABLE_EQUIPMENT]),
    spaces: fc.subarray([...SPACES], { minLength: 1 }),
    drillCapSeconds: fc.integer({ min: 30, max: 300 }),
  });
/** The drills there are (the catalog's, most often with some of the user's own), settings over all of them, and drills done lately. */
const worldArb = fc
  .oneof(fc.constant<readonly Drill[]>(CATALOG), ownDrills().map((own): readonly Drill[] => drillWorld(own)), ownDrills().map((own): readonly Drill[] => drillWorld(own)))
  .chain((world) => {
    const all = world.map((d) => d.id);
    return fc.record({ world: fc.constant(world), s: settingsOver(all), recent: fc.array(fc.constantFrom(...all), { maxLength: 12 }) as fc.Arbitrary<DrillId[]> });
  });
type RotationSettings = Parameters<typeof pickDrill>[0];
/** Where each position can be done, written out here rather than read from the code under test. */
const SPACE_OF = { seated: 'desk', standing: 'standing', floor: 'floor' } as const;
/**
 * An oracle apart from `unfit`: the rules as the settings page states them, with the break's
 * length measured by running the guided timer's script rather than by the rotation's arithmetic.
 */
function fitsByHand(d: Drill, s: RotationSettings): boolean {
  const ids = (list: readonly string[]) => new Set(list);
  if (ids(s.painfulDrills).has(d.id) || ids(s.disabledDrills).has(d.id)) return false;
  if (d.equipment.some((e) => e !== 'none' && !ids(s.equipment).has(e))) return false;
  if (!ids(s.spaces).has(SPACE_OF[d.position])) return false;
  return planSeconds(timerPlan(breakDose(d.dose, s.drillCapSeconds))) <= s.drillCapSeconds;
}

describe('rotation', () => {
  it('says why a drill cannot come up', () => {
    const rows = CATALOG.find((d) => d.id === 'band-rows')!;
    expect(unfit(rows, { ...everything, disabledDrills: ['band-rows'] })).toBe('disabled');
    expect(unfit(rows, { ...everything, painfulDrills: ['band-rows'] })).toBe('painful');
    expect(unfit(rows, { ...everything, equipment: ['wall'] })).toBe('equipment');
    expect(unfit(rows, { ...everything, spaces: ['desk'] })).toBe('space');
    expect(unfit(rows, { ...everything, drillCapSeconds: 30 })).toBe('too long');
    expect(unfit(rows, everything)).toBeNull();
  });

  it('never-done drills come first, in catalog order; the last one done ranks last', () => {
    const ranked = rankCandidates(everything, []).map((d) => d.id);
    expect(ranked[0]).toBe(CATALOG[0]!.id);
    const last = CATALOG[0]!.id;
    expect(rankCandidates(everything, [last]).at(-1)!.id).toBe(last);
  });

  it('every pick fits the settings, and never repeats the last drill when another fits (the user’s own drills among them)', () => {
    fc.assert(
      fc.property(worldArb, ({ world, s, recent }) => {
        const choice = pickDrill(s, recent, [], world);
        const fitting = world.filter((d) => fitsByHand(d, s));
        if (fitting.length === 0) {
          expect(choice.fallback).toBe(true);
          expect(noFitReasons(s).length).toBeGreaterThan(0);
          // The stand-in never hurt; with nothing left that did not hurt there is none.
          const gentle = world.filter((d) => !s.painfulDrills.includes(d.id as DrillId));
          if (gentle.length === 0) return void expect(choice.drill).toBeNull();
          const drill = choice.drill!;
          expect(s.painfulDrills).not.toContain(drill.id);
          // Among those, one needing no kit, then one left switched on, then one in a space they have.
          const kitFree = gentle.filter((d) => d.equipment.every((e) => e === 'none'));
          if (kitFree.length > 0) expect(drill.equipment.every((e) => e === 'none')).toBe(true);
          const on = kitFree.filter((d) => !(s.disabledDrills as readonly string[]).includes(d.id));
          if (on.length > 0) expect(s.disabledDrills).not.toContain(drill.id);
          if (on.some((d) => s.spaces.includes(SPACE_OF[d.position]))) expect(s.spaces).toContain(SPACE_OF[drill.position]);
          return;
        }
        expect(choice.fallback).toBe(false);
        expect(fitting).toContain(choice.drill);
        if (fitting.length > 1 && recent[0]) expect(choice.drill!.id).not.toBe(recent[0]);
      }),
    );
  });

  it('the oracle itself rules drills out for each reason (so the property above can fail)', () => {
    const rows = CATALOG.find((d) => d.id === 'band-rows')!; // 1 set: 64 s, needs an anchored band, standing
    expect(fitsByHand(rows, everything)).toBe(true);
    expect(fitsByHand(rows, { ...everything, painfulDrills: ['band-rows'] })).toBe(false);
    expect(fitsByHand(rows, { ...everything, disabledDrills: ['band-rows'] })).toBe(false);
    expect(fitsByHand(rows, { ...everything, equipment: ['band'] })).toBe(false);
    expect(fitsByHand(rows, { ...everything, spaces: ['desk', 'floor'] })).toBe(false);
    expect(fitsByHand(rows, { ...everything, drillCapSeconds: 63 })).toBe(false);
    expect(fitsByHand(rows, { ...everything, drillCapSeconds: 64 })).toBe(true);
  });

  it('swapping walks down the candidates without repeating one', () => {
    const ranked = rankCandidates(everything, []);
    const seen: string[] = [];
    for (let i = 0; i < ranked.length; i++) {
      const drill = pickDrill(everything, [], seen).drill!;
      expect(seen).not.toContain(drill.id);
      expect(drill.id).toBe(ranked[i]!.id);
      seen.push(drill.id);
    }
    expect(pickDrill(everything, [], seen).fallback).toBe(true);
  });

  it('over a simulated week, strengthening and easing drills alternate when both fit', () => {
    fc.assert(
      fc.property(worldArb, ({ world, s }) => {
        const fitting = world.filter((d: Drill) => unfit(d, s) === null);
        const groups = new Set(fitting.map((d) => group(d.category)));
        let recent: DrillId[] = [];
        const picks: Drill[] = [];
        for (let i = 0; i < 25; i++) {
          const { drill } = pickDrill(s, recent, [], world);
          if (!drill) return void expect(fitting).toEqual([]); // every drill hurt
          picks.push(drill);
          recent = [drill.id as DrillId, ...recent];
        }
        if (groups.size === 2) {
          const work = picks.filter((d) => group(d.category) === 'work').length;
          expect(Math.abs(work - (25 - work))).toBeLessThanOrEqual(1);
          for (let i = 1; i < picks.length; i++) expect(group(picks[i]!.category)).not.toBe(group(picks[i - 1]!.category));
        }
        if (fitting.length > 1) for (let i = 1; i < picks.length; i++) expect(picks[i]!.id).not.toBe(picks[i - 1]!.id);
      }),
    );
  });

  it('every drill that fits, the user’s own too, comes up within two rounds of the drills there are: none is starved', () => {
    /** The drills two rounds of the drills bring up, each break's drill done and remembered. */
    const twoRounds = (s: Parameters<typeof pickDrill>[0], world: readonly Drill[] = CATALOG) => {
      let recent: DrillId[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 2 * world.length; i++) {
        const { drill } = pickDrill(s, recent, [], world);
        if (!drill) break; // every drill hurt: nothing comes up
        seen.add(drill.id);
        recent = rememberDrill(recent, drill.id as DrillId);
      }
      return seen;
    };
    fc.assert(
      fc.property(worldArb, ({ world, s }) => {
        const seen = twoRounds(s, world);
        for (const d of world.filter((x: Drill) => unfit(x, s) === null)) expect(seen, `${d.id} never came up`).toContain(d.id);
      }),
    );
    // With all equipment and every space, the whole library takes its turn.
    expect(twoRounds(everything).size).toBe(CATALOG.filter((d) => unfit(d, everything) === null).length);
  });

  it('within a group, the least recently done drill comes up', () => {
    const work = CATALOG.filter((d) => group(d.category) === 'work').map((d) => d.id as DrillId);
    if (work.length < 2) return;
    const [a, b] = work as [DrillId, DrillId];
    // a done long ago, b done more recently, both after an easing drill: a comes first.
    const ease = CATALOG.find((d) => group(d.category) === 'ease');
    const recent = [...(ease ? [ease.id as DrillId] : []), b, a];
    const order = rankCandidates(everything, recent).map((d) => d.id).filter((id) => id === a || id === b);
    expect(order).toEqual([a, b]);
  });

  it('never offers a drill that hurt: with every drill marked painful there is none', () => {
    const allPainful = { ...everything, painfulDrills: [...ids] as DrillId[] };
    expect(pickDrill(allPainful, [])).toEqual({ drill: null, fallback: true });
    expect(pickDrill({ ...allPainful, disabledDrills: [...ids] as DrillId[], equipment: [] }, ['chin-tucks'])).toEqual({ drill: null, fallback: true });
    // One drill left that did not hurt is the stand-in, whatever else rules it out.
    const oneLeft = { ...allPainful, painfulDrills: ids.filter((id) => id !== 'band-rows') as DrillId[], equipment: [], disabledDrills: ['band-rows' as const], spaces: ['desk' as const], drillCapSeconds: 30 };
    expect(pickDrill(oneLeft, ['band-rows'])).toEqual({ drill: CATALOG.find((d) => d.id === 'band-rows'), fallback: true });
  });

  it('explains in words why nothing fits', () => {
    const none = { ...everything, equipment: [], spaces: ['floor' as const], painfulDrills: ['chin-tucks' as const] };
    expect(noFitReasons(none).map((m) => render(m, english)).join('; ')).toMatch(/need equipment you have not ticked|need room you have not ticked/);
  });
});
