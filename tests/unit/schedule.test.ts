import { describe, expect, it } from 'vitest';
import { nextBreakAt } from '../../src/core/schedule';

const at = (iso: string) => new Date(iso).getTime();
const settings = { intervalMinutes: 90 };

describe('nextBreakAt', () => {
  it('is one interval after the last reset', () => {
    expect(nextBreakAt({ lastResetAt: at('2026-03-02T09:00:00'), pending: null }, settings, at('2026-03-02T09:10:00'))).toBe(
      at('2026-03-02T10:30:00'),
    );
  });

  it('is never sooner than a minute from now, even after the interval shrank', () => {
    const now = at('2026-03-02T10:00:00');
    expect(nextBreakAt({ lastResetAt: at('2026-03-02T09:00:00'), pending: null }, { intervalMinutes: 30 }, now)).toBe(
      at('2026-03-02T10:01:00'),
    );
  });

  it('with a break on screen, reminds one interval after it was shown', () => {
    const pending = { drillId: 'chin-tucks' as const, dueAt: at('2026-03-02T10:30:00'), shownAt: at('2026-03-02T10:31:00') };
    expect(nextBreakAt({ lastResetAt: at('2026-03-02T09:00:00'), pending }, settings, at('2026-03-02T10:31:00'))).toBe(
      at('2026-03-02T12:01:00'),
    );
  });
});
