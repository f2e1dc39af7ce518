import type { OwnDrill } from '../../../src/core/own-drill';

// Own drills for the break view's tests: one of repetitions with a rest the physiotherapist named,
// one of holds; and pictures, a real one and one of a type a picture may not be.

export const yRaise: OwnDrill = {
  id: 'own-yraise',
  name: 'Prone Y raise',
  purpose: 'Lower trapezius, as Dr. Weber showed me',
  steps: ['Lie face down, arms in a Y.', 'Lift both arms, thumbs up.', 'Lower slowly.'],
  cue: 'Shoulder blades down and back',
  mistake: 'Shrugging the shoulders',
  category: 'strength',
  equipment: ['none'],
  position: 'standing',
  dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, rest: 45 },
  figure: null,
  routines: [],
  levels: true,
  picture: null,
};

export const towel: OwnDrill = {
  ...yRaise,
  id: 'own-towel',
  name: 'Towel chest stretch',
  purpose: 'Open the chest',
  steps: ['Hold a towel behind you.', 'Lift it gently.'],
  cue: '',
  mistake: '',
  category: 'stretch',
  position: 'seated',
  dose: { kind: 'hold', seconds: 30, reps: 3, perSide: false, rest: 20 },
};

/** The smallest real PNG (1×1), as a data URL. */
export const PNG_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** An SVG can carry script: never a picture, whatever storage or a policy holds. */
export const SVG_URL = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`;
