import type { OwnDrill } from '../../src/core/own-drill';
import { PROGRAM_FORMAT } from '../../src/core/program';

// Programs an organisation pushes by policy, shared by the policy tests.

/** The smallest PNG there is: one pixel. */
export const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const wallAngels: Omit<OwnDrill, 'id'> = {
  name: 'Wall angels',
  purpose: 'Shoulder blades back and down',
  steps: ['Stand with your back to a wall.', 'Slide your arms up and down the wall.'],
  cue: 'Ribs down',
  mistake: 'Arching the back',
  category: 'mobility',
  equipment: ['wall'],
  position: 'standing',
  dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, rest: 20, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'lower', seconds: 2 }] },
  figure: 'wall-slides',
  routines: ['morning'],
  levels: true,
  picture: PIXEL,
};
export const doorway: Omit<OwnDrill, 'id'> = {
  ...wallAngels,
  name: 'Doorway stretch',
  purpose: 'Open the chest',
  steps: ['Forearms on the door frame.', 'Step through until you feel the stretch.'],
  category: 'stretch',
  equipment: ['doorway'],
  dose: { kind: 'hold', seconds: 30, reps: 2, perSide: false },
  figure: null,
  routines: [],
  picture: null,
};

/** A program as an administrator writes it into a policy: the program file's own shape. */
export const program = (...drills: object[]) => ({ format: PROGRAM_FORMAT, version: 1, drills });
