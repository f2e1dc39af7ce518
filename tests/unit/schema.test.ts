import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render } from '../../src/core/i18n';
import { english } from '../english';
import { integer, oneOf, optional, read, strictRecord, subsetOf, timestamp } from '../../src/core/schema';

describe('schema fields', () => {
  const minutes = integer(90, 15, 240, 'minutes');

  it.each([
    [90, 90],
    ['45', 45],
    [' 15 ', 15],
    [240, 240],
  ])('integer accepts %j', (raw, value) => {
    expect(minutes.check(raw)).toEqual({ ok: true, value });
  });

  it.each([[14], [241], [12.5], ['abc'], [''], [null], [undefined], [[]], [{}], [Number.NaN]])('integer rejects %j with a message', (raw) => {
    const result = minutes.check(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(render(result.message, english)).toMatch(/15 to 240/);
  });

  it('subsetOf drops unknown members and duplicates, keeps order', () => {
    const f = subsetOf(['a', 'b', 'c'] as const, []);
    expect(f.check(['c', 'x', 'a', 'c', 7])).toEqual({ ok: true, value: ['c', 'a'] });
    expect(f.check('a').ok).toBe(false);
  });

  it('oneOf, optional and timestamp', () => {
    expect(oneOf(['x', 'y'] as const, 'x').check('y')).toEqual({ ok: true, value: 'y' });
    expect(oneOf(['x', 'y'] as const, 'x').check('z').ok).toBe(false);
    expect(optional(timestamp(() => 1)).check(null)).toEqual({ ok: true, value: null });
    expect(timestamp(() => 1).check(-5).ok).toBe(false);
    expect(timestamp(() => 1).check(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('strictRecord drops the whole record when one member is broken', () => {
    const f = strictRecord({ at: timestamp(() => 1), id: oneOf(['a'] as const, 'a') });
    expect(f.check({ at: 5, id: 'a' })).toEqual({ ok: true, value: { at: 5, id: 'a' } });
    expect(f.check({ at: 5, id: 'b' }).ok).toBe(false);
    expect(f.check(null)).toEqual({ ok: true, value: null });
  });
});

describe('read', () => {
  const schema = { a: integer(1, 0, 10), b: subsetOf(['x', 'y'] as const, ['x']) };

  it('keeps valid fields, repairs broken ones and names them', () => {
    expect(read(schema, { a: 'nope', b: ['y'], extra: true })).toEqual({ value: { a: 1, b: ['y'] }, repaired: ['a'] });
  });

  it('fills missing fields with defaults without calling them repairs', () => {
    expect(read(schema, { a: 3 })).toEqual({ value: { a: 3, b: ['x'] }, repaired: [] });
    expect(read(schema, undefined)).toEqual({ value: { a: 1, b: ['x'] }, repaired: [] });
  });

  it('treats a non-object as broken as a whole', () => {
    expect(read(schema, 'garbage').repaired).toContain('(whole record)');
  });

  it('never throws and always returns a complete value, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { value } = read(schema, raw);
        expect(Number.isInteger(value.a)).toBe(true);
        expect(Array.isArray(value.b)).toBe(true);
      }),
    );
  });
});
