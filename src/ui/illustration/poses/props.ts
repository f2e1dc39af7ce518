import type { Point, Prop } from '../pose';

// Still scenery shared by the drawings.

export const FLOOR = { kind: 'line', from: [4, 112], to: [116, 112] } as const;

/** Seated on a chair, facing right: seat, legs and backrest. */
export const CHAIR = { kind: 'path', d: 'M36 40 L40 76 L66 76 M42 76 L42 112 M64 76 L64 112' } as const;

/** A wall seen edge-on, from the top of the box to the floor. */
export function wall(x: number): Prop {
  return { kind: 'line', from: [x, 4], to: [x, 112] };
}

/** Where a band is tied: a door handle, a table leg. */
export function anchor(at: Point): Prop {
  return { kind: 'circle', at, r: 2 };
}
