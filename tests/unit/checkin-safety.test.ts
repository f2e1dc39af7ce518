import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../src/core/checkin';
import { HIGH_SCORE, hurtInWeek, RISE_POINTS, safetyAlert } from '../../src/core/checkin-safety';
import type { BreakEvent, Rating } from '../../src/core/history';
import { inTimeZone, useTimeZone } from './tz';

useTimeZone('Europe/Berlin');

const at = (iso: string) => inTimeZone('Europe/Berlin', () => new Date(iso).getTime());
const check = (week: string, score: number | null): CheckIn => ({ week, at: at(`${week}T09:00`), score, markers: {} });
const rated = (iso: string, rating: Rating | null): BreakEvent => ({ at: at(iso), outcome: 'done', dueAt: null, shownAt: null, drillId: 'band-rows', rating, seconds: 60 });
const W = ['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06'] as const;
const alert = (high: boolean, rise: boolean, hurt = false) => ({ high, rise, hurt });

describe('safetyAlert', () => {
  it('uses the issue\'s thresholds', () => {
    expect([HIGH_SCORE, RISE_POINTS]).toEqual([7, 2]);
  });

  it.each([
    ['no check-ins', [], null],
    ['only dismissed', [check(W[0], null), check(W[1], null)], null],
    ['one low score', [check(W[0], 6)], null],
    ['one score of 7', [check(W[0], 7)], alert(true, false)],
    ['one score of 10', [check(W[0], 10)], alert(true, false)],
    ['a rise of 1', [check(W[0], 3), check(W[1], 4)], null],
    ['a rise of 2', [check(W[0], 3), check(W[1], 5)], alert(false, true)],
    ['a rise of 2 to 8', [check(W[0], 6), check(W[1], 8)], alert(true, true)],
    ['a fall from 9 to 6', [check(W[0], 9), check(W[1], 6)], null],
    ['a fall to a score still high', [check(W[0], 9), check(W[1], 7)], alert(true, false)],
    ['a rise over a dismissed week', [check(W[0], 2), check(W[1], null), check(W[2], 4)], alert(false, true)],
    ['the latest answered, a dismissed week after it', [check(W[0], 2), check(W[1], 8), check(W[2], null)], alert(true, true)],
    ['a rise long ago, steady since', [check(W[0], 1), check(W[1], 5), check(W[2], 5)], null],
    ['a slow rise, 1 a week', [check(W[0], 2), check(W[1], 3), check(W[2], 4)], null],
    ['out of order as given', [check(W[1], 5), check(W[0], 3)], alert(false, true)],
  ])('%s', (_name, checkIns, expected) => {
    expect(safetyAlert(checkIns, false)).toEqual(expected);
  });

  it('"it hurt" this week is an alert of its own, beside any score', () => {
    expect(safetyAlert([check(W[0], 2)], true)).toEqual(alert(false, false, true));
    expect(safetyAlert([], true)).toEqual(alert(false, false, true));
    expect(safetyAlert([check(W[0], 8)], true)).toEqual(alert(true, false, true));
  });
});

describe('hurtInWeek', () => {
  it('finds a drill rated "it hurt" in that local week, Monday 00:00 to Sunday 23:59', () => {
    expect(hurtInWeek([rated('2026-03-23T00:00', 'pain')], '2026-03-23')).toBe(true);
    expect(hurtInWeek([rated('2026-03-29T23:59', 'pain')], '2026-03-23')).toBe(true); // the Sunday summer time starts
    expect(hurtInWeek([rated('2026-03-22T23:59', 'pain')], '2026-03-23')).toBe(false);
    expect(hurtInWeek([rated('2026-03-30T00:00', 'pain')], '2026-03-23')).toBe(false);
  });

  it('only "it hurt", not other ratings or none', () => {
    const events = (['easy', 'right', 'hard', null] as const).map((r) => rated('2026-03-25T10:00', r));
    expect(hurtInWeek(events, '2026-03-23')).toBe(false);
    expect(hurtInWeek([...events, rated('2026-03-26T10:00', 'pain')], '2026-03-23')).toBe(true);
  });
});
