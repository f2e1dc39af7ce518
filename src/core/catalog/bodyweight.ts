// Drills that need no band: shoulder-blade and neck activation, light strength, a hang and a breathing reset.
import type { Drill } from '../drill';

export const BODYWEIGHT = [
  {
    id: 'wall-slides',
    category: 'activation',
    equipment: ['wall'],
    position: 'standing',
    dose: { kind: 'reps', reps: 12, sets: 3, perSide: false },
    steps: 4,
  },
  {
    id: 'chin-tucks',
    category: 'activation',
    equipment: ['none'],
    position: 'seated',
    dose: { kind: 'reps', reps: 10, sets: 1, perSide: false },
    steps: 4,
  },
  {
    id: 'shoulder-blade-squeeze',
    category: 'activation',
    equipment: ['none'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 10, reps: 5, perSide: false },
    steps: 4,
  },
  {
    id: 'prone-hand-lift',
    category: 'activation',
    equipment: ['none'],
    position: 'floor',
    dose: { kind: 'reps', reps: 10, sets: 2, perSide: false },
    steps: 4,
  },
  {
    id: 'wall-push-ups',
    category: 'strength',
    equipment: ['wall'],
    position: 'standing',
    dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, tempo: [{ phase: 'lower', seconds: 2 }, { phase: 'hold', seconds: 1 }, { phase: 'push', seconds: 1 }] },
    steps: 4,
  },
  {
    id: 'side-plank',
    category: 'strength',
    equipment: ['none'],
    position: 'floor',
    dose: { kind: 'hold', seconds: 5, reps: 3, perSide: true },
    steps: 4,
  },
  {
    id: 'dead-hang',
    category: 'stretch',
    equipment: ['pull-up-bar'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 15, reps: 3, perSide: false },
    steps: 4,
  },
  {
    id: 'belly-breaths',
    category: 'breathing',
    equipment: ['none'],
    position: 'seated',
    dose: { kind: 'reps', reps: 5, sets: 1, perSide: false, tempo: [{ phase: 'breathe in', seconds: 4 }, { phase: 'breathe out', seconds: 6 }] },
    steps: 4,
  },
] as const satisfies readonly Drill[];
