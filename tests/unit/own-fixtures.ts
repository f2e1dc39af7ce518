import type { OwnDrill } from '../../src/core/own-drill';

// Own drills the tests share: one of repetitions, one of holds, as a physiotherapist writes them.

export const yRaise: OwnDrill = {
  id: 'own-yraise',
  name: 'Prone Y raise',
  purpose: 'Lower trapezius',
  steps: ['Lie face down, arms in a Y.', 'Lift both arms, thumbs up.', 'Lower slowly.'],
  cue: 'Shoulder blades down',
  mistake: 'Shrugging',
  category: 'strength',
  equipment: ['none'],
  position: 'standing',
  dose: { kind: 'reps', reps: 10, sets: 2, perSide: false },
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
  category: 'stretch',
  position: 'seated',
  dose: { kind: 'hold', seconds: 30, reps: 2, perSide: false },
};

/** `drill` as stored in storage.sync: its fields without id and picture, and when it was added. */
export function stored(drill: OwnDrill, added: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { id: _id, picture: _picture, ...fields } = drill;
  return { ...fields, added, ...extra };
}

/** The smallest real PNG (1×1), as a data URL. */
export const PNG_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
