import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CATALOG, isCatalogId } from '../../src/core/catalog';
import { postureFigure } from '../../src/core/posture-content';
import { POSTURE_KINDS } from '../../src/core/posture-kinds';
import { toSvgString } from '../../src/ui/illustration/geometry';
import { illustrationFor } from '../../src/ui/illustration';
import { LIMBS } from '../../src/ui/illustration/geometry';
import { POSES } from '../../src/ui/illustration/poses';
import type { Pose } from '../../src/ui/illustration/pose';

// Set ILLUSTRATIONS_OUT=/some/dir to also write every drawing as a PNG for a person to look at.
const out = process.env.ILLUSTRATIONS_OUT;

function raster(id: string): Buffer {
  return new Resvg(toSvgString(illustrationFor(id)!)).render().asPng();
}

function points(p: Pose) {
  return [p.head, ...LIMBS.flatMap((l) => p[l]), ...(p.band ?? [])];
}

/** The drawings a posture reset shows: some lent by a drill, some drawn for the resets alone. */
const POSTURE_FIGURES = [...new Set(POSTURE_KINDS.map(postureFigure))];
/** Every drawing that is shown: each drill's and each posture reset's. */
const SHOWN = [...new Set([...CATALOG.map((d) => d.id as string), ...POSTURE_FIGURES])];

describe('illustrations', () => {
  it.each(SHOWN.map((id) => [id] as const))('%s has a well-formed illustration', (id) => {
    const ill = illustrationFor(id);
    expect(ill, `no illustration for ${id}`).toBeDefined();
    const { start, end } = ill!;
    for (const limb of LIMBS) expect(end[limb].length, `${limb} point count`).toBe(start[limb].length);
    expect(end.band?.length).toBe(start.band?.length);
    for (const [x, y] of [...points(start), ...points(end)]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(120);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(120);
    }
    expect(JSON.stringify(start), 'start and end poses differ, or nothing moves').not.toBe(JSON.stringify(end));
    expect(ill!.seconds).toBeGreaterThanOrEqual(2);
  });

  it('every drawing is shown, by a drill or a posture reset; a reset\'s own drawing is no drill an own drill could borrow', () => {
    for (const id of Object.keys(POSES)) {
      expect(SHOWN, `${id} is drawn but never shown`).toContain(id);
      // An own drill borrows a figure by catalog id (own-drill.ts, OwnPictureField.tsx).
      if (!CATALOG.some((d) => d.id === id)) expect(isCatalogId(id), id).toBe(false);
    }
  });

  it.each(POSTURE_FIGURES.map((id) => [id] as const))('%s, shown with a posture reset, stands or sits with the feet on the floor', (id) => {
    const { start, end } = illustrationFor(id)!;
    for (const pose of [start, end]) {
      const feet = [pose.legNear.at(-1)!, pose.legFar.at(-1)!];
      // A heel may lift in a step; no foot floats, and nothing goes through the floor.
      for (const [, y] of feet) expect(y, `${id}: a foot off the floor`).toBeGreaterThanOrEqual(108);
      expect(Math.max(...feet.map(([, y]) => y)), `${id}: no foot on the floor`).toBe(112);
      for (const [, y] of points(pose)) expect(y, `${id}: below the floor`).toBeLessThanOrEqual(112);
    }
  });

  it('every drawing is its own, with ink on it', () => {
    const seen = new Map<string, string>();
    if (out) mkdirSync(out, { recursive: true });
    for (const id of Object.keys(POSES)) {
      const png = raster(id);
      if (out) writeFileSync(`${out}/${id}.png`, png);
      const hash = createHash('sha256').update(png).digest('hex');
      expect(seen.get(hash), `${id} looks exactly like ${seen.get(hash)}`).toBeUndefined();
      seen.set(hash, id);
      const blank = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="240" height="240"><rect width="120" height="120" fill="#ffffff"/></svg>').render().asPng();
      expect(png.equals(blank)).toBe(false);
    }
  });
});
