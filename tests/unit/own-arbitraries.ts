import fc from 'fast-check';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { CATEGORIES, EQUIPMENT, PHASES, POSITIONS, ROUTINE_KINDS, type Dose } from '../../src/core/drill';
import type { OwnDrill } from '../../src/core/own-drill';

// Own drills as a user may write them (within what checkOwnDrill takes), for the property tests.

const rest = fc.option(fc.integer({ min: 5, max: 180 }), { nil: undefined });
const tempo = fc.option(fc.array(fc.record({ phase: fc.constantFrom(...PHASES), seconds: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 4 }), { nil: undefined });

/** Without the optional fields absent, as a checked dose is. */
const bare = <T extends object>(dose: T): T => Object.fromEntries(Object.entries(dose).filter(([, v]) => v !== undefined)) as T;

export const ownDose: fc.Arbitrary<Dose> = fc.oneof(
  fc.record({ kind: fc.constant('reps' as const), reps: fc.integer({ min: 1, max: 50 }), sets: fc.integer({ min: 1, max: 5 }), perSide: fc.boolean(), tempo, rest }).map(bare),
  fc.record({ kind: fc.constant('hold' as const), seconds: fc.integer({ min: 5, max: 120 }), reps: fc.integer({ min: 1, max: 10 }), perSide: fc.boolean(), rest }).map(bare),
);

/** One own drill with the id `id`. */
export const ownDrill = (id: string): fc.Arbitrary<OwnDrill> =>
  fc.record({
    id: fc.constant(id),
    name: fc.constantFrom('Prone Y raise', 'Towel stretch', 'Nerve glide', 'Wrist circles'),
    purpose: fc.constant('As prescribed'),
    steps: fc.constant(['Do it slowly.']),
    cue: fc.constant(''),
    mistake: fc.constant(''),
    category: fc.constantFrom(...CATEGORIES),
    equipment: fc.subarray([...EQUIPMENT], { minLength: 1 }),
    position: fc.constantFrom(...POSITIONS),
    dose: ownDose,
    figure: fc.option(fc.constantFrom(...DRILL_IDS), { nil: null }),
    routines: fc.subarray([...ROUTINE_KINDS]),
    levels: fc.boolean(),
    picture: fc.constant(null),
  });

/** Up to `most` own drills, own-o0, own-o1, …. */
export const ownDrills = (most = 6): fc.Arbitrary<OwnDrill[]> =>
  fc.integer({ min: 0, max: most }).chain((n) => (n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => ownDrill(`own-o${i}`)))));
