import { describe, expect, it } from 'vitest';
import type { OwnId } from '../../src/core/catalog/ids';
import { msg } from '../../src/core/i18n';
import { pictureRoom, planProgram } from '../../src/core/program-plan';
import { pictureUrl, towel, withoutId, yRaise } from './program-samples';

// What a program import writes is decided before anything is written: which drills (new ids, or
// the user's id on a replace), which pictures, which built-in drills at which level, and whether
// the pictures fit.

const ids = () => {
  let n = 0;
  return (): OwnId => `own-new${++n}`;
};
const mine = [yRaise, { ...towel, name: 'Chin tucks', picture: null }];
const program = {
  drills: [withoutId({ ...yRaise, purpose: 'As revised', picture: pictureUrl('png') }), withoutId({ ...towel, picture: pictureUrl('jpeg') }), withoutId({ ...towel, name: 'Neck glide' })],
  catalog: [{ id: 'band-rows' as const, level: 1 }],
};

describe('planning a program import', () => {
  it('keep both: every drill is new, the clashing one under a numbered name; the user\'s are untouched', () => {
    const plan = planProgram(mine, program, 'both', ids());
    expect(plan.write.map((d) => [d.id, d.name])).toEqual([['own-new1', 'Prone Y raise (2)'], ['own-new2', 'Towel chest stretch'], ['own-new3', 'Neck glide']]);
    expect(plan.replaced).toEqual([]);
    expect(plan.pictures).toEqual([{ id: 'own-new1', url: program.drills[0]!.picture }, { id: 'own-new2', url: program.drills[1]!.picture }]);
    expect(plan.catalog).toEqual(program.catalog);
    expect(plan.skipped).toBe(0);
  });

  it('replace: the clashing drill keeps the user\'s id, so its level and history stay; its picture is the program\'s', () => {
    const plan = planProgram(mine, program, 'replace', ids());
    expect(plan.write.map((d) => [d.id, d.name, d.purpose])).toEqual([['own-a', 'Prone Y raise', 'As revised'], ['own-new1', 'Towel chest stretch', 'Open the chest'], ['own-new2', 'Neck glide', 'Open the chest']]);
    expect(plan.replaced).toEqual(['own-a']);
    expect(plan.pictures.map((p) => p.id)).toEqual(['own-a', 'own-new1']);
  });

  it('skip: the clashing drill is left out and counted; nothing of the user\'s is written', () => {
    const plan = planProgram(mine, program, 'skip', ids());
    expect(plan.write.map((d) => d.name)).toEqual(['Towel chest stretch', 'Neck glide']);
    expect(plan.skipped).toBe(1);
    expect(plan.write.some((d) => mine.includes(d))).toBe(false);
  });

  it('a program of built-in drills alone writes no drill', () => {
    expect(planProgram(mine, { drills: [], catalog: program.catalog }, 'both', ids())).toEqual({ write: [], replaced: [], pictures: [], catalog: program.catalog, skipped: 0 });
  });
});

describe('room for a program\'s pictures', () => {
  const pictures = [{ id: 'own-a' as const, url: 'x'.repeat(1000) }, { id: 'own-b' as const, url: 'y'.repeat(500) }];

  it('is enough when each new picture has a place left and the bytes fit', () => {
    expect(pictureRoom({ pictures }, new Set(), { left: 2, bytesFree: 1500 }, 0)).toBeNull();
  });

  it('a picture that replaces one takes no new place, and frees the bytes of the old', () => {
    expect(pictureRoom({ pictures }, new Set(['own-a']), { left: 1, bytesFree: 600 }, 900)).toBeNull();
  });

  it('refuses, saying how many are new and how many places are left', () => {
    expect(pictureRoom({ pictures }, new Set(), { left: 1, bytesFree: 10_000_000 }, 0)).toEqual(msg('prog_no_picture_room', 2, 1));
    expect(pictureRoom({ pictures }, new Set(['own-b']), { left: 0, bytesFree: 10_000_000 }, 0)).toEqual(msg('prog_no_picture_room', 1, 0));
  });

  it('refuses when the bytes do not fit, in megabytes to a tenth (rounded up)', () => {
    const big = [{ id: 'own-a' as const, url: 'x'.repeat(3_050_000) }];
    expect(pictureRoom({ pictures: big }, new Set(), { left: 40, bytesFree: 1_210_000 }, 0)).toEqual(msg('prog_no_picture_space', 3, 1, 1, 3));
    expect(pictureRoom({ pictures: big }, new Set(['own-a']), { left: 40, bytesFree: 1_210_000 }, 1_840_000)).toBeNull();
  });
});
