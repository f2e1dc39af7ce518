import type { OwnDrill } from '../../src/core/own-drill';
import { PIXEL } from './policy-program';
import * as samples from './program-samples';

// The program file's two drills (program-samples.ts), as the user's own drills for the tests of
// rotation, levels and storage: each done where a desk has room, at a dose without tempo.

export const yRaise: OwnDrill = { ...samples.yRaise, id: 'own-yraise', position: 'standing', dose: { kind: 'reps', reps: 10, sets: 2, perSide: false } };

export const towel: OwnDrill = { ...samples.towel, id: 'own-towel', position: 'seated' };

/** `drill` as stored in storage.sync: its fields without id and picture, and when it was added. */
export function stored(drill: OwnDrill, added: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { id: _id, picture: _picture, ...fields } = drill;
  return { ...fields, added, ...extra };
}

/** The smallest real PNG (1×1), as a data URL. */
export const PNG_URL = PIXEL;
