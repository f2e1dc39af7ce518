import { describe, expect, it } from 'vitest';
import { msg, type Msg } from '../../src/core/i18n';
import { at, exactly, markupProblems, pathTo, same } from '../../src/core/transfer-strict';

// The strict second pass on its own: what it calls equal, which differences it reports and under
// which path, and where it finds markup.
const check = (raw: unknown, read: unknown, path = 'settings') => {
  const errors: Msg[] = [];
  const clean = exactly(raw, read, path, errors);
  return { clean, errors };
};

describe('same', () => {
  it('compares JSON values deeply', () => {
    expect(same({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(same([1, 2], [1, 2])).toBe(true);
    expect(same('a', 'a')).toBe(true);
    expect(same(null, null)).toBe(true);
  });

  it('tells apart lists of other lengths or members, objects of other keys, and lists from objects', () => {
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same([1, 2], [2, 1])).toBe(false);
    expect(same([], {})).toBe(false);
    expect(same({}, [])).toBe(false);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(same({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(same({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(same({ a: 1 }, { a: 2 })).toBe(false);
    expect(same({ a: 1 }, null)).toBe(false);
    expect(same(null, { a: 1 })).toBe(false);
    expect(same([1], 1)).toBe(false);
    expect(same(1, [1])).toBe(false);
  });

  it('compares numbers as Object.is does, so 0 and -0 differ and NaN equals itself', () => {
    expect(same(0, -0)).toBe(false);
    expect(same(Number.NaN, Number.NaN)).toBe(true);
    expect(same('1', 1)).toBe(false);
  });
});

describe('exactly', () => {
  it('passes a value the schema read unchanged and reports nothing', () => {
    expect(check({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 2], c: { d: 'x' } })).toEqual({ clean: true, errors: [] });
  });

  it('names each unknown field under its path', () => {
    expect(check({ a: 1, extra: 2, nested: { z: 1 } }, { a: 1, nested: {} })).toEqual({
      clean: false,
      errors: [at('settings.extra', msg('import_unknown_field')), at('settings.nested.z', msg('import_unknown_field'))],
    });
  });

  it('says a list or an object was expected when the file holds something else', () => {
    expect(check('x', [1])).toEqual({ clean: false, errors: [at('settings', msg('import_expected_list'))] });
    expect(check([1], { a: 1 })).toEqual({ clean: false, errors: [at('settings', msg('import_expected_object'))] });
    expect(check(null, { a: 1 })).toEqual({ clean: false, errors: [at('settings', msg('import_expected_object'))] });
  });

  it('names the kind expected and the kind found when a value was coerced', () => {
    expect(check('60', 60).errors).toEqual([at('settings', msg('import_expected_kind', msg('import_kind_number'), msg('import_kind_text')))]);
    expect(check(1, true).errors).toEqual([at('settings', msg('import_expected_kind', msg('import_kind_boolean'), msg('import_kind_number')))]);
    expect(check(true, 'x').errors).toEqual([at('settings', msg('import_expected_kind', msg('import_kind_text'), msg('import_kind_boolean')))]);
    expect(check(1, null).errors).toEqual([at('settings', msg('import_expected_kind', msg('import_kind_null'), msg('import_kind_number')))]);
    expect(check(undefined, 1).errors).toEqual([at('settings', msg('import_expected_kind', msg('import_kind_number'), 'undefined'))]);
  });

  it('calls a value of the right kind but another form a wrong form', () => {
    expect(check(61, 60).errors).toEqual([at('settings', msg('import_wrong_form'))]);
    expect(check(' a', 'a').errors).toEqual([at('settings', msg('import_wrong_form'))]);
  });

  it('reports list members the schema dropped, by index, quoting text and naming other kinds', () => {
    expect(check(['a', 'bogus', 'b'], ['a', 'b'], 'drills').errors).toEqual([at('drills[1]', msg('import_unknown_value', '"bogus"'))]);
    expect(check([1, 7], [1], 'n').errors).toEqual([at('n[1]', msg('import_unknown_value', '7'))]);
    expect(check([true, null], [], 'n').errors).toEqual([
      at('n[0]', msg('import_unknown_value', 'true')),
      at('n[1]', msg('import_unknown_value', 'null')),
    ]);
    expect(check([[1], { a: 1 }], [], 'n').errors).toEqual([
      at('n[0]', msg('import_unknown_value', msg('import_kind_list'))),
      at('n[1]', msg('import_unknown_value', msg('import_kind_object'))),
    ]);
  });

  it('shortens long dropped text to 40 characters', () => {
    const long = 'x'.repeat(41);
    expect(check([long], [], 'n').errors).toEqual([at('n[0]', msg('import_unknown_value', JSON.stringify(`${'x'.repeat(40)}…`)))]);
    expect(check(['y'.repeat(40)], [], 'n').errors).toEqual([at('n[0]', msg('import_unknown_value', JSON.stringify('y'.repeat(40))))]);
  });

  it('accepts list members the schema kept in another place, and looks inside objects kept at the same place', () => {
    expect(check([2, 1], [1, 2])).toEqual({ clean: true, errors: [] });
    expect(check([{ a: 1, x: 2 }], [{ a: 1 }], 'list').errors).toEqual([at('list[0].x', msg('import_unknown_field'))]);
    // Once the lengths differ, the places no longer line up, so a changed object is reported whole.
    expect(check([{ a: 1, x: 2 }, 5], [{ a: 1 }], 'list').errors).toEqual([
      at('list[0]', msg('import_unknown_value', msg('import_kind_object'))),
      at('list[1]', msg('import_unknown_value', '5')),
    ]);
  });

  it('counts only its own errors when the list already holds some', () => {
    const errors: Msg[] = [msg('earlier')];
    expect(exactly(1, 1, 'a', errors)).toBe(true);
    expect(exactly(2, 1, 'a', errors)).toBe(false);
    expect(errors).toHaveLength(2);
  });
});

describe('pathTo', () => {
  it('joins names with dots, indexes with brackets, and starts a path without a dot', () => {
    expect(pathTo('', 'settings')).toBe('settings');
    expect(pathTo('settings', 'interval')).toBe('settings.interval');
    expect(pathTo('days', 3)).toBe('days[3]');
    expect(pathTo('a', '_x$1')).toBe('a._x$1');
  });

  it('quotes names that are not identifiers, and shortens names past 40 characters', () => {
    expect(pathTo('a', 'two words')).toBe('a["two words"]');
    expect(pathTo('a', '1st')).toBe('a["1st"]');
    expect(pathTo('a', 'x-y')).toBe('a["x-y"]');
    expect(pathTo('', 'a b')).toBe('["a b"]');
    expect(pathTo('a', 'k'.repeat(40))).toBe(`a.${'k'.repeat(40)}`);
    expect(pathTo('a', 'k'.repeat(41))).toBe(`a[${JSON.stringify(`${'k'.repeat(40)}…`)}]`);
    expect(pathTo('a', '-'.repeat(40))).toBe(`a[${JSON.stringify('-'.repeat(40))}]`);
  });
});

describe('markupProblems', () => {
  it('finds markup and script URLs in text at any depth, with the path to it', () => {
    expect(markupProblems({ a: { b: ['ok', '<b>'] }, c: 'JavaScript :alert(1)', d: 'x > y' })).toEqual([
      msg('import_markup', 'a.b[1]'),
      msg('import_markup', 'c'),
      msg('import_markup', 'd'),
    ]);
    expect(markupProblems('<i>')).toEqual([msg('import_markup', '')]);
  });

  it('finds markup in names, naming the object that holds it, or the file at the top', () => {
    expect(markupProblems({ '<x>': 1 })).toEqual([msg('import_markup_name_file')]);
    expect(markupProblems({ s: { 'a<': 1 } })).toEqual([msg('import_markup_name', 's')]);
  });

  it('passes clean files, numbers and the like', () => {
    expect(markupProblems({ a: [1, true, null, 'plain text: java script'], b: {} })).toEqual([]);
  });

  it('walks a deeply nested file without overflowing, and shortens long paths', () => {
    let deep: unknown = '<deep>';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const [problem] = markupProblems(deep);
    expect(problem).toEqual(msg('import_markup', '[0][0][0][0][0][0]…[0][0][0][0][0]'));
    const path = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const nested = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), '<');
    expect(markupProblems(nested)).toEqual([msg('import_markup', path.join('.'))]);
    const thirteen = [...path, 'k12'];
    const deeper = thirteen.reduceRight<unknown>((inner, key) => ({ [key]: inner }), '<');
    expect(markupProblems(deeper)).toEqual([msg('import_markup', 'k0.k1.k2.k3.k4.k5….k8.k9.k10.k11.k12')]);
  });
});
