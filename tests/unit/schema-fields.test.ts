import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n';
import { arrayOf, boolean, choice, clockTime, integer, oneOf, optional, record, refine, strictRecord, subsetOf, timestamp, weekdays } from '../../src/core/schema';

// Each field builder on its own, at the edges of what it accepts, with the message it gives.
const okay = (value: unknown) => ({ ok: true, value });
const refused = (key: string, ...args: unknown[]) => ({ ok: false, message: { key, args } });

describe('schema fields', () => {
  it('integer: whole numbers in range, digits in a string too; blank or padded-blank is no number', () => {
    const f = integer(90, 5, 240, 'minutes');
    expect(f.fallback()).toBe(90);
    expect(f.check(5)).toEqual(okay(5));
    expect(f.check(' 45 ')).toEqual(okay(45));
    expect(f.check('')).toEqual(refused('err_whole_number_minutes', 5, 240));
    expect(f.check('   ')).toEqual(refused('err_whole_number_minutes', 5, 240));
    expect(f.check(true)).toEqual(refused('err_whole_number_minutes', 5, 240));
    expect(f.check(null)).toEqual(refused('err_whole_number_minutes', 5, 240));
    expect(f.check(4.5)).toEqual(refused('err_whole_number_minutes', 5, 240));
    expect(f.check(4)).toEqual(refused('err_range_minutes', 5, 240));
    expect(f.check(241)).toEqual(refused('err_range_minutes', 5, 240));
    expect(integer(1, 0, 9).check('x')).toEqual(refused('err_whole_number', 0, 9));
  });

  it('timestamp: a positive finite number only', () => {
    const f = timestamp(() => 7);
    expect(f.fallback()).toBe(7);
    expect(f.check(1)).toEqual(okay(1));
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '5', null]) expect(f.check(bad)).toEqual(refused('err_time'));
  });

  it('optional: null and a missing value are null; anything else is checked by the inner field', () => {
    const f = optional(integer(1, 0, 9));
    expect(f.fallback()).toBeNull();
    expect(f.check(null)).toEqual(okay(null));
    expect(f.check(undefined)).toEqual(okay(null));
    expect(f.check(3)).toEqual(okay(3));
    expect(f.check(10)).toEqual(refused('err_range', 0, 9));
  });

  it('subsetOf: known strings, duplicates folded; anything but a list refused', () => {
    const f = subsetOf(['a', 'b', 'c'], ['a']);
    expect(f.fallback()).toEqual(['a']);
    expect(f.check(['c', 'x', 'a', 'c', 1, null])).toEqual(okay(['c', 'a']));
    expect(f.check([{ toString: () => 'a' }])).toEqual(okay([]));
    expect(f.check('a')).toEqual(refused('err_list'));
  });

  it('record: an object read field by field; anything else refused', () => {
    const f = record({ n: integer(1, 0, 9), on: boolean(true) });
    expect(f.fallback()).toEqual({ n: 1, on: true });
    expect(f.check({ n: 4, on: 'x' })).toEqual(okay({ n: 4, on: true }));
    for (const bad of [null, [], 'x', 3]) expect(f.check(bad)).toEqual(refused('err_object'));
  });

  it('strictRecord: all or nothing, naming the broken member', () => {
    const f = strictRecord({ n: integer(1, 0, 9), kind: oneOf(['x', 'y'], 'x') });
    expect(f.fallback()).toBeNull();
    expect(f.check(undefined)).toEqual(okay(null));
    expect(f.check(null)).toEqual(okay(null));
    expect(f.check({ n: 2, kind: 'y', extra: 1 })).toEqual(okay({ n: 2, kind: 'y' }));
    expect(f.check({ n: 2, kind: 'z' })).toEqual(refused('err_member', 'kind', msg('err_one_of', 'x, y')));
    expect(f.check([])).toEqual(refused('err_object'));
    expect(f.check('x')).toEqual(refused('err_object'));
  });

  it('oneOf and boolean', () => {
    const f = oneOf(['easy', 'hard'], 'easy');
    expect(f.fallback()).toBe('easy');
    expect(f.check('hard')).toEqual(okay('hard'));
    expect(f.check(['hard'])).toEqual(refused('err_one_of', 'easy, hard'));
    expect(boolean(false).fallback()).toBe(false);
    expect(boolean(false).check(true)).toEqual(okay(true));
    expect(boolean(false).check('true')).toEqual(refused('err_on_off'));
  });

  it('choice: one of a fixed set of numbers, from a select box’s string too', () => {
    const f = choice([30, 60, 90], 60);
    expect(f.fallback()).toBe(60);
    expect(f.check(90)).toEqual(okay(90));
    expect(f.check(' 30 ')).toEqual(okay(30));
    expect(f.check('')).toEqual(refused('err_choice', '30, 60, 90'));
    expect(f.check(45)).toEqual(refused('err_choice', '30, 60, 90'));
    expect(f.check([30])).toEqual(refused('err_choice', '30, 60, 90'));
    expect(choice([0], 0).check('  ')).toEqual(refused('err_choice', '0'));
  });

  it('arrayOf: a list of checked members within a count; the fallback is a fresh copy each time', () => {
    const f = arrayOf(integer(1, 0, 9), 1, 2, [{ n: 1 }] as never, 'word_periods');
    const a = f.fallback();
    expect(a).toEqual([{ n: 1 }]);
    expect(f.fallback()).not.toBe(a);
    expect((f.fallback() as never as { n: number }[])[0]).not.toBe((a as never as { n: number }[])[0]);
    const g = arrayOf(integer(1, 0, 9), 1, 2, [1], 'word_periods');
    expect(g.check([3, 4])).toEqual(okay([3, 4]));
    expect(g.check('3')).toEqual(refused('err_list_of', msg('word_periods')));
    expect(g.check([])).toEqual(refused('err_count', 1, 2, msg('word_periods')));
    expect(g.check([1, 2, 3])).toEqual(refused('err_count', 1, 2, msg('word_periods')));
    expect(g.check([1, 12])).toEqual(refused('err_range', 0, 9));
  });

  it('refine: the rule runs only on a valid value, and its message is the refusal', () => {
    const f = refine(integer(1, 0, 9), (n) => (n % 2 ? msg('err_odd') : null));
    expect(f.fallback()).toBe(1);
    expect(f.check(4)).toEqual(okay(4));
    expect(f.check(3)).toEqual(refused('err_odd'));
    expect(f.check(12)).toEqual(refused('err_range', 0, 9));
  });

  it('weekdays: getDay numbers, unique and sorted, at least one', () => {
    const f = weekdays([1, 2]);
    expect(f.fallback()).toEqual([1, 2]);
    expect(f.check([5, 0, 5, 6])).toEqual(okay([0, 5, 6]));
    expect(f.check([])).toEqual(refused('err_days_none'));
    for (const bad of [[7], [-1], [1.5], ['1'], 'weekdays']) expect(f.check(bad)).toEqual(refused('err_days'));
  });

  it('clockTime: "HH:mm" from 00:00 to 23:59 exactly', () => {
    const f = clockTime('07:30');
    expect(f.fallback()).toBe('07:30');
    expect(f.check('23:59')).toEqual(okay('23:59'));
    expect(f.check('00:00')).toEqual(okay('00:00'));
    for (const bad of ['24:00', '7:30', '07:60', 'x07:30', '07:30x', '07:305', 730, null, ['07:30']]) expect(f.check(bad)).toEqual(refused('err_clock_time'));
  });
});
