import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startOfWeek, subWeeks } from 'date-fns';
import { checkInDue, readCheckIns, weekOf, withCheckIn } from '../../src/core/checkin';
import { weeklyDose } from '../../src/core/dose';
import { dayKey, type BreakEvent, type DaySummary } from '../../src/core/history';
import { drillWorld } from '../../src/core/own-world';
import { towel, yRaise } from './own-fixtures';
import { setTimeZone } from './tz';

const WORLD = drillWorld([yRaise, towel]);
const STRENGTH = new Set(['band-rows', 'wall-push-ups', 'own-yraise']);
/** Strength and other drills, the user's own among them, one deleted and none named. */
const DRILLS = [...STRENGTH, 'doorway-pec-stretch', 'chin-tucks', 'own-towel', 'own-gone', null] as const;
const WEEKS = 12;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** 2026, both changes of summer time in Europe and in North America inside it. */
const YEAR = { min: Date.UTC(2026, 0, 20), max: Date.UTC(2026, 11, 20) };
const ZONES = ['Europe/Berlin', 'America/New_York'] as const;

/** What one finished drill counts for, written out again here: nothing below zero, ten minutes at most. */
const expectedSeconds = (s: number | null) => (s === null || !(s > 0) ? 0 : Math.min(600, Math.round(s)));

const history = fc.record({
  now: fc.integer(YEAR),
  events: fc.array(
    fc.record({
      where: fc.double({ min: 0, max: 1, noNaN: true }),
      outcome: fc.constantFrom('done', 'done', 'done', 'skipped', 'natural'),
      drillId: fc.constantFrom(...DRILLS),
      seconds: fc.option(fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -100, max: 90_000 }), fc.double({ min: 0, max: 700, noNaN: true })), { nil: null }),
      folded: fc.boolean(),
    }),
    { maxLength: 120 },
  ),
});

describe.each(ZONES)('weeklyDose over generated histories in %s', (zone) => {
  it('minutes never negative nor counted twice, folded or not; days within the week', () => {
    fc.assert(
      fc.property(history, ({ now, events: drawn }) => {
        setTimeZone(zone);
        const first = subWeeks(startOfWeek(now, { weekStartsOn: 1 }), WEEKS - 1).getTime();
        const all: (BreakEvent & { folded: boolean })[] = drawn.map((e) => ({
          at: first + Math.floor(e.where * (now - first)),
          outcome: e.outcome,
          dueAt: null,
          shownAt: null,
          drillId: e.drillId as BreakEvent['drillId'],
          rating: null,
          seconds: e.seconds,
          folded: e.folded,
        }));
        const days = new Map<string, DaySummary>();
        for (const e of all.filter((x) => x.folded)) {
          const d = days.get(dayKey(e.at)) ?? { day: dayKey(e.at), done: 0, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 };
          d[e.outcome]++;
          days.set(d.day, d);
        }
        const kept = all.filter((e) => !e.folded);
        const whole = weeklyDose({ events: all, days: [] }, WORLD, now, WEEKS);
        const split = weeklyDose({ events: kept, days: [...days.values()] }, WORLD, now, WEEKS);

        expect(split).toHaveLength(WEEKS);
        expect(split.at(-1)!.week).toBe(weekOf(now));
        expect(new Set(split.map((w) => w.week)).size).toBe(WEEKS);
        const eligible = (list: BreakEvent[]) => list.filter((e) => e.outcome === 'done' && STRENGTH.has(e.drillId!)).reduce((sum, e) => sum + expectedSeconds(e.seconds), 0);
        expect(split.reduce((sum, w) => sum + w.strengthSeconds, 0)).toBe(eligible(kept));
        expect(whole.reduce((sum, w) => sum + w.strengthSeconds, 0)).toBe(eligible(all));
        const doneDays = new Set(all.filter((e) => e.outcome === 'done').map((e) => dayKey(e.at)));
        expect(split.reduce((sum, w) => sum + w.activeDays, 0)).toBe(doneDays.size);
        split.forEach((w, i) => {
          expect(w.strengthSeconds).toBeGreaterThanOrEqual(0);
          expect(w.strengthMinutes).toBe(Math.round(w.strengthSeconds / 6) / 10);
          expect(w.activeDays).toBeLessThanOrEqual(7);
          expect(w.strengthDays).toBeLessThanOrEqual(w.activeDays);
          // Folding keeps every active day and can only take minutes away.
          expect(w.activeDays).toBe(whole[i]!.activeDays);
          expect(w.strengthSeconds).toBeLessThanOrEqual(whole[i]!.strengthSeconds);
          expect(w.strengthDays).toBeLessThanOrEqual(whole[i]!.strengthDays);
        });
      }),
    );
  });
});

/** Moments the popup or the progress page could ask at: from a start, steps of a minute to three days, over about ten weeks. */
const asking = fc.record({
  start: fc.integer(YEAR),
  firstAfter: fc.integer({ min: 0, max: 3 * DAY }),
  steps: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 * 24 * 60 }), score: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), zone: fc.constantFrom(...ZONES) }), { minLength: 1, maxLength: 80 }),
});

/** A week answered by another version, in a form this one cannot read: kept, never counted. */
const NEWER = { week: '2026-01-05', at: Date.UTC(2026, 0, 5, 9), score: 4, scale: 'vas-100', markers: { sitTwoHours: 'mostly' } };

type Asking = typeof asking extends fc.Arbitrary<infer T> ? T : never;

/** Asks whenever due at each moment, recording each answer or dismissal as the popup would; the moments asked at. */
function simulate({ start, firstAfter, steps }: Asking, zoneOf: (zone: (typeof ZONES)[number]) => string): number[] {
  let raw: unknown = { entries: [NEWER] };
  const asked: number[] = [];
  let t = start;
  for (const step of steps) {
    t += step.gap * MIN;
    setTimeZone(zoneOf(step.zone));
    if (!checkInDue(readCheckIns(raw).checkIns, start + firstAfter, { weeklyCheckIn: true }, t)) continue;
    // Never twice in the week the computer is in now, whatever zone an earlier one was asked in.
    for (const before of asked) expect(weekOf(before)).not.toBe(weekOf(t));
    asked.push(t);
    raw = withCheckIn(raw, { week: weekOf(t), at: t, score: step.score, markers: {} });
  }
  // No answer replaced another, and the other version's entry is still there.
  expect(readCheckIns(raw).checkIns).toHaveLength(asked.length);
  expect((raw as { entries: unknown[] }).entries).toContainEqual(NEWER);
  return asked;
}

describe('at most one check-in asked per local week', () => {
  it.each(ZONES)('in %s, through its changes of summer time; every week visited after the first drill is asked once', (zone) => {
    fc.assert(
      fc.property(asking, (input) => {
        const asked = simulate(input, () => zone);
        let t = input.start;
        const visited = new Set<string>();
        for (const step of input.steps) {
          t += step.gap * MIN;
          if (t >= input.start + input.firstAfter) visited.add(weekOf(t));
        }
        expect(new Set(asked.map(weekOf))).toEqual(visited);
      }),
    );
  });

  it('with the computer moving between Berlin and New York between questions', () => {
    fc.assert(fc.property(asking, (input) => void simulate(input, (zone) => zone)));
  });
});
