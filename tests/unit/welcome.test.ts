import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayShape, hoursOf, openingStep, readWelcome, stepAfter, suggestedLunch } from '../../src/core/welcome';
import { settingsSchema } from '../../src/core/settings';

describe('the welcome steps', () => {
  it('walks forward and back and stops at either end', () => {
    expect(stepAfter('safety', 1)).toBe('hours');
    expect(stepAfter('hours', -1)).toBe('safety');
    expect(stepAfter('safety', -1)).toBe('safety');
    expect(stepAfter('extras', 1)).toBe('ready');
    expect(stepAfter('ready', 1)).toBe('ready');
  });

  it('opens where the user left off; once finished, at the start, as a review', () => {
    expect(openingStep(null)).toBe('safety');
    expect(openingStep({ step: 'kit', finishedAt: null })).toBe('kit');
    expect(openingStep({ step: 'ready', finishedAt: 1_700_000_000_000 })).toBe('safety');
  });

  it('reads stored progress, repairing what is broken field by field', () => {
    expect(readWelcome(undefined)).toBeNull();
    expect(readWelcome({ step: 'safety', finishedAt: null })).toEqual({ step: 'safety', finishedAt: null });
    expect(readWelcome({ step: 'extras', finishedAt: 5 })).toEqual({ step: 'extras', finishedAt: 5 });
    expect(readWelcome({ step: 'nowhere', finishedAt: 5 })).toEqual({ step: 'safety', finishedAt: 5 });
    expect(readWelcome({ step: 'kit', finishedAt: 'yesterday' })).toEqual({ step: 'kit', finishedAt: null });
    expect(readWelcome('garbage')).toEqual({ step: 'safety', finishedAt: null });
  });
});

describe('the working day as the welcome asks for it', () => {
  it('one period is a day without a lunch gap; two are a day with one', () => {
    expect(dayShape([{ start: '09:00', end: '17:30' }])).toEqual({ start: '09:00', end: '17:30', lunch: null });
    expect(dayShape([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }])).toEqual({ start: '08:00', end: '17:00', lunch: { start: '12:00', end: '13:00' } });
  });

  it('three periods or more are not a simple day: the welcome shows them as they are', () => {
    expect(dayShape([{ start: '08:00', end: '10:00' }, { start: '11:00', end: '12:00' }, { start: '13:00', end: '17:00' }])).toBeNull();
    expect(dayShape([])).toBeNull();
  });

  it('turns back into the same working hours, valid ones staying valid', () => {
    const period = fc.tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 })).map(([a, b]) => [a * 30, Math.max(a + 1, b) * 30] as const);
    const clock = (m: number) => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 2 }), (periods) => {
        const hours = periods.map(([a, b]) => ({ start: clock(a), end: clock(b) }));
        expect(hoursOf(dayShape(hours)!)).toEqual(hours);
        expect(settingsSchema.workHours.check(hoursOf(dayShape(hours)!)).ok).toBe(settingsSchema.workHours.check(hours).ok);
      }),
    );
  });

  it('offers an hour of lunch around the middle of the day, on the half hour, and none in a short day', () => {
    expect(suggestedLunch('09:00', '17:30')).toEqual({ start: '12:30', end: '13:30' });
    expect(suggestedLunch('08:00', '17:00')).toEqual({ start: '12:00', end: '13:00' });
    expect(suggestedLunch('14:00', '22:00')).toEqual({ start: '17:30', end: '18:30' });
    expect(suggestedLunch('09:00', '12:00')).toEqual({ start: '10:00', end: '11:00' });
    expect(suggestedLunch('09:00', '11:59')).toBeNull();
    expect(suggestedLunch('', '17:00')).toBeNull();
    expect(suggestedLunch('09:00', 'late')).toBeNull();
  });

  it('a suggested lunch splits the day into two valid periods', () => {
    const lunch = suggestedLunch('07:30', '16:00')!;
    expect(settingsSchema.workHours.check(hoursOf({ start: '07:30', end: '16:00', lunch })).ok).toBe(true);
  });
});
