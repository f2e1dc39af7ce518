import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../src/core/checkin';
import { scoreSeries, trendSummary } from '../../src/core/checkin-trend';
import type { WeekDose } from '../../src/core/dose';
import { render, toMessagesFile, translateWith } from '../../src/core/i18n';
import { readLocaleSources } from '../../scripts/locales.mjs';

const sources = readLocaleSources();
const say = (lang: string) => translateWith(toMessagesFile(sources[lang]!));
const T0 = Date.UTC(2026, 0, 1);
const check = (week: string, score: number | null): CheckIn => ({ week, at: T0, score, markers: {} });
const dose = (week: string, strengthSeconds: number): WeekDose => ({ week, strengthSeconds, strengthMinutes: Math.round(strengthSeconds / 6) / 10, activeDays: 0, strengthDays: 0 });
const english = (checkIns: CheckIn[], doses: WeekDose[] = []) => {
  const m = trendSummary(checkIns, doses);
  return m && render(m, say('en'));
};

// Five Mondays in a row, over the change to summer time in Europe (29 March 2026).
const W = ['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13'] as const;

describe('scoreSeries', () => {
  it('gives the answered weeks oldest first, without the dismissed', () => {
    expect(scoreSeries([check(W[2], 4), check(W[0], 6), check(W[1], null)])).toEqual([
      { week: W[0], score: 6 },
      { week: W[2], score: 4 },
    ]);
    expect(scoreSeries([check(W[0], null)])).toEqual([]);
  });
});

describe('trendSummary', () => {
  it('is null with no score: none, or only dismissed weeks', () => {
    expect(trendSummary([], [dose(W[0], 600)])).toBeNull();
    expect(trendSummary([check(W[0], null), check(W[1], null)], [])).toBeNull();
  });

  it.each([
    ['one score', [check(W[0], 5)], [], 'Your first score: 5.'],
    ['one score beside a dismissed week', [check(W[0], null), check(W[1], 0)], [dose(W[1], 600)], 'Your first score: 0.'],
    ['from 6 to 4 over five weeks, 9 minutes a week', [check(W[0], 6), check(W[2], 5), check(W[4], 4)], W.map((w) => dose(w, 540)), 'Your score went from 6 to 4 over 5 weeks, with about 9 minutes of strengthening a week.'],
    ['two weeks in a row', [check(W[1], 3), check(W[2], 5)], [dose(W[1], 60), dose(W[2], 0)], 'Your score went from 3 to 5 over 2 weeks, with about 1 minute of strengthening a week.'],
    ['the same score', [check(W[0], 3), check(W[3], 3)], [], 'Your score stayed at 3 over 4 weeks.'],
    ['no strengthening recorded', [check(W[0], 3), check(W[1], 2)], [dose(W[0], 0), dose(W[1], 0)], 'Your score went from 3 to 2 over 2 weeks, with no strengthening recorded.'],
    ['a few seconds still say about 1 minute', [check(W[0], 3), check(W[1], 2)], [dose(W[0], 10), dose(W[1], 0)], 'Your score went from 3 to 2 over 2 weeks, with about 1 minute of strengthening a week.'],
    ['the last score, dismissed weeks skipped', [check(W[0], 7), check(W[1], 5), check(W[4], null)], [], 'Your score went from 7 to 5 over 2 weeks.'],
  ])('%s', (_name, checkIns, doses, text) => {
    expect(english(checkIns, doses)).toBe(text);
  });

  it('averages only the weeks from the first score to the latest that the doses hold', () => {
    // Outside the span: W[0] and W[4]. Inside: W[1] 12 min, W[2] 6 min, W[3] missing from the doses.
    const doses = [dose(W[0], 6000), dose(W[1], 720), dose(W[2], 360), dose(W[4], 6000)];
    expect(english([check(W[1], 4), check(W[3], 4)], doses)).toBe('Your score stayed at 4 over 3 weeks, with about 9 minutes of strengthening a week.');
  });

  it('counts weeks by their Mondays, also across a year', () => {
    expect(english([check('2025-12-29', 8), check('2026-01-05', 6)])).toBe('Your score went from 8 to 6 over 2 weeks.');
  });

  it('in German and Spanish', () => {
    const m = trendSummary([check(W[0], 6), check(W[4], 4)], W.map((w) => dose(w, 540)))!;
    expect(render(m, say('de'))).toBe('Dein Wert ging in 5 Wochen von 6 auf 4, mit etwa 9 Minuten Kräftigung pro Woche.');
    expect(render(m, say('es'))).toBe('Tu puntuación pasó de 6 a 4 en 5 semanas, con aproximadamente 9 minutos de fortalecimiento por semana.');
    const one = trendSummary([check(W[0], 6), check(W[1], 6)], [dose(W[0], 60), dose(W[1], 60)])!;
    expect(render(one, say('de'))).toBe('Dein Wert blieb 2 Wochen lang bei 6, mit etwa 1 Minute Kräftigung pro Woche.');
    expect(render(one, say('es'))).toBe('Tu puntuación se mantuvo en 6 durante 2 semanas, con aproximadamente 1 minuto de fortalecimiento por semana.');
  });

  it('chooses its plural forms by the language\'s rule, not by the number', () => {
    const m = trendSummary([check(W[0], 2), check(W[1], 1)], [dose(W[0], 60), dose(W[1], 60)])!;
    expect(m.args[1]).toMatchObject({ key: 'checkin_minutes', count: 1 });
    expect(m.args[0]).toMatchObject({ key: 'checkin_trend_went', count: 2 });
  });
});
