// Each drill's ladder of levels, from easiest to hardest. Facts come from the reference articles:
// start light and build control before load; the doses they give (the catalog's dose is the
// `article` rung); and the progressions they name: a slower release for rows past a plateau, the
// wall slide's range growing from a few inches, push-ups from the wall to a bench, the knees and the
// toes, the side plank from the knees to the hand, hangs from 10-20 s towards two minutes, the chest
// stretch from 10-20 s to 45 s. Below the articles' dose, where they give no smaller number, the
// rungs take about half and three quarters of it. Nothing goes past what the articles support.
import type { Dose, Equipment, Position, Tempo } from '../drill';
import type { CatalogId } from './ids';

export interface Rung {
  dose: Dose;
  /** The form of the drill at this rung, where it changes: a message key's last part (`level_<variant>`). */
  variant?: string;
  /** Where the rung is done and with what, where it differs from the drill's own. */
  position?: Position;
  equipment?: Equipment[];
}

export interface Ladder {
  rungs: readonly Rung[];
  /** Where a new user starts: one rung below the articles' dose, or the first where they say to start small. */
  start: number;
  /** The rung that is the catalog's dose. */
  article: number;
}

const reps = (n: number, sets: number, perSide = false, tempo?: Tempo): Dose => (tempo ? { kind: 'reps', reps: n, sets, perSide, tempo } : { kind: 'reps', reps: n, sets, perSide });
const hold = (seconds: number, n: number, perSide = false): Dose => ({ kind: 'hold', seconds, reps: n, perSide });

/** About half and three quarters of a repetition dose below it, then the dose: start on the middle rung. */
function repsBelow(n: number, sets: number, perSide = false): Ladder {
  return { rungs: [{ dose: reps(Math.round(n / 2), 1, perSide) }, { dose: reps(Math.round((n * 3) / 4), Math.max(1, sets - 1), perSide) }, { dose: reps(n, sets, perSide) }], start: 1, article: 2 };
}

/** Shorter holds below a stretch or release: 10 s and 20 s (the articles' shortest stretch holds), then the dose. */
function holdsBelow(seconds: number, n: number, perSide: boolean): Ladder {
  return { rungs: [{ dose: hold(10, 1, perSide) }, { dose: hold(20, 1, perSide) }, { dose: hold(seconds, n, perSide) }], start: 1, article: 2 };
}

/** Fewer segments or holds of the same length, then the dose. */
function fewerHolds(seconds: number, counts: readonly [number, number, number]): Ladder {
  return { rungs: counts.map((n) => ({ dose: hold(seconds, n) })), start: 1, article: 2 };
}

const ROW = (release: number): Tempo => [
  { phase: 'pull', seconds: 2 },
  { phase: 'squeeze', seconds: 2 },
  { phase: 'release', seconds: release },
];
const PUSH: Tempo = [
  { phase: 'lower', seconds: 2 },
  { phase: 'hold', seconds: 1 },
  { phase: 'push', seconds: 1 },
];
const BREATH: Tempo = [
  { phase: 'breathe in', seconds: 4 },
  { phase: 'breathe out', seconds: 6 },
];

export const LADDERS: Record<CatalogId, Ladder> = {
  // The physio's 3 × 8 with a controlled release; slowing the release to 4 s is the plan's answer to a plateau.
  'band-rows': { rungs: [{ dose: reps(4, 1, false, ROW(2)) }, { dose: reps(6, 2, false, ROW(2)) }, { dose: reps(8, 3, false, ROW(2)) }, { dose: reps(8, 3, false, ROW(4)), variant: 'slow_release' }], start: 2, article: 3 },
  // The plan's morning routine does 2 × 10 with the band; 3 × 15 asks for a band heavy enough.
  'band-pull-aparts': { rungs: [{ dose: reps(5, 1), variant: 'light_band' }, { dose: reps(10, 2), variant: 'light_band' }, { dose: reps(15, 3), variant: 'heavy_band' }], start: 1, article: 2 },
  'band-face-pulls': repsBelow(10, 2),
  'band-w-external-rotation': repsBelow(10, 2),
  'band-external-rotation': repsBelow(8, 3, true),
  'band-lat-activation': repsBelow(10, 2),
  'band-rear-delt-pull': repsBelow(10, 2, true),
  'band-mid-trap-pull': repsBelow(10, 2),
  'reverse-fly': repsBelow(10, 2),
  'band-shoulder-extension': repsBelow(8, 3, true),
  // The first slides may cover a few inches: the range grows while the contact holds.
  'wall-slides': { rungs: [{ dose: reps(12, 1), variant: 'few_inches' }, { dose: reps(12, 2), variant: 'partial_range' }, { dose: reps(12, 3), variant: 'full_range' }], start: 0, article: 2 },
  'chin-tucks': repsBelow(10, 1),
  'shoulder-blade-squeeze': fewerHolds(10, [2, 3, 5]),
  'prone-hand-lift': repsBelow(10, 2),
  // Easiest to hardest: hands on the wall, on a bench or sturdy desk, then on the floor from the knees, then the toes.
  'wall-push-ups': {
    rungs: [
      { dose: reps(8, 1, false, PUSH), variant: 'wall' },
      { dose: reps(10, 2, false, PUSH), variant: 'wall' },
      { dose: reps(10, 2, false, PUSH), variant: 'bench', equipment: ['none'] },
      { dose: reps(10, 2, false, PUSH), variant: 'knees', position: 'floor', equipment: ['none'] },
      { dose: reps(10, 2, false, PUSH), variant: 'toes', position: 'floor', equipment: ['none'] },
    ],
    start: 0,
    article: 1,
  },
  // From the forearm and knees, to the forearm and feet (the physio's), to the hand and feet.
  'side-plank': { rungs: [{ dose: hold(5, 3, true), variant: 'knees_forearm' }, { dose: hold(5, 3, true), variant: 'forearm_feet' }, { dose: hold(5, 3, true), variant: 'hand_feet' }], start: 0, article: 1 },
  // New hangers start at 10-20 s; the plan's author built up to 90 s and two minutes.
  'dead-hang': { rungs: [{ dose: hold(10, 3) }, { dose: hold(15, 3) }, { dose: hold(20, 3) }, { dose: hold(90, 1) }, { dose: hold(120, 1) }], start: 0, article: 1 },
  'belly-breaths': { rungs: [{ dose: reps(3, 1, false, BREATH) }, { dose: reps(4, 1, false, BREATH) }, { dose: reps(5, 1, false, BREATH) }], start: 1, article: 2 },
  // 10-20 s (the band article), 3 × 30 s each arm (the physio), 45 s a side (the plan).
  'doorway-pec-stretch': { rungs: [{ dose: hold(10, 1, true) }, { dose: hold(20, 1, true) }, { dose: hold(30, 3, true) }, { dose: hold(45, 1, true) }], start: 1, article: 2 },
  'pec-ball-release': holdsBelow(30, 1, true),
  'upper-trap-stretch': holdsBelow(30, 1, true),
  'upper-trap-ball-release': holdsBelow(30, 1, true),
  'thoracic-extension-roller': fewerHolds(15, [1, 2, 3]),
  'thoracic-extension-chair': fewerHolds(15, [1, 2, 3]),
  'childs-pose-side-reach': holdsBelow(30, 2, true),
};
