import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { CATALOG } from '../../src/core/catalog';
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

describe('illustrations', () => {
  it.each(CATALOG.map((d) => [d.id] as const))('%s has a well-formed illustration', (id) => {
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
