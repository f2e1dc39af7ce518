// Stretches, ball releases and upper-back mobility that open the chest and ease the neck and shoulders.
import type { Drill } from '../drill';

export const STRETCHES = [
  {
    id: 'doorway-pec-stretch',
    category: 'stretch',
    equipment: ['doorway'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 30, reps: 3, perSide: true },
    steps: 5,
  },
  {
    id: 'pec-ball-release',
    category: 'release',
    equipment: ['ball', 'wall'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true },
    steps: 4,
  },
  {
    id: 'upper-trap-stretch',
    category: 'stretch',
    equipment: ['chair'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true },
    steps: 5,
  },
  {
    id: 'upper-trap-ball-release',
    category: 'release',
    equipment: ['ball', 'wall'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true },
    steps: 4,
  },
  {
    id: 'thoracic-extension-roller',
    category: 'mobility',
    equipment: ['foam-roller'],
    position: 'floor',
    dose: { kind: 'hold', seconds: 15, reps: 3, perSide: false },
    steps: 4,
  },
  {
    id: 'thoracic-extension-chair',
    category: 'mobility',
    equipment: ['chair'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 15, reps: 3, perSide: false },
    steps: 4,
  },
  {
    id: 'childs-pose-side-reach',
    category: 'stretch',
    equipment: ['none'],
    position: 'floor',
    dose: { kind: 'hold', seconds: 30, reps: 2, perSide: true },
    steps: 5,
  },
] as const satisfies readonly Drill[];
