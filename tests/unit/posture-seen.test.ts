import { describe, expect, it } from 'vitest';
import { addPostureSeen, readPostureSeen, seenPerDay } from '../../src/core/posture-seen';
import { inTimeZone, useTimeZone } from './tz';

useTimeZone('Europe/Berlin');
const at = (iso: string) => inTimeZone('Europe/Berlin', () => new Date(iso).getTime());

describe('posture resets seen, per local day', () => {
  it('reads only whole positive counts under day keys; anything else reads as nothing', () => {
    expect(readPostureSeen(undefined)).toEqual({});
    expect(readPostureSeen({ days: 'lots' })).toEqual({});
    expect(readPostureSeen({ days: { '2026-03-02': 3, '2026-03-03': -1, '2026-03-04': 1.5, '2026-03-05': '2', '2026-03-06': 0, 'week-9': 4 } })).toEqual({ '2026-03-02': 3 });
    // A key that only contains a day is no day.
    expect(readPostureSeen({ days: { 'x2026-03-02': 1, '2026-03-02x': 1, '2026-03-02': 1 } })).toEqual({ '2026-03-02': 1 });
  });

  it('counts one more on the local day, keeping what it does not understand and dropping days older than 400', () => {
    const stored = { days: { '2026-03-02': 2, 'week-9': 4, '2024-12-31': 7 }, streak: { best: 3 } };
    const late = at('2026-03-02T23:59');
    expect(inTimeZone('Europe/Berlin', () => addPostureSeen(stored, late))).toEqual({ days: { '2026-03-02': 3, 'week-9': 4 }, streak: { best: 3 } });
    expect(inTimeZone('Europe/Berlin', () => addPostureSeen(undefined, at('2026-03-03T00:01')))).toEqual({ days: { '2026-03-03': 1 } });
    expect(inTimeZone('Asia/Tokyo', () => addPostureSeen(undefined, late))).toEqual({ days: { '2026-03-03': 1 } });
  });

  it('keeps the other days of the last 400, the 400th day before today included', () => {
    const stored = { days: { '2025-01-25': 1, '2025-01-26': 2, '2026-03-01': 4 } };
    expect(inTimeZone('Europe/Berlin', () => addPostureSeen(stored, at('2026-03-02T12:00')))).toEqual({ days: { '2025-01-26': 2, '2026-03-01': 4, '2026-03-02': 1 } });
  });

  it('gives the last days oldest first, across a change to summer time, with days without resets as 0', () => {
    const days = inTimeZone('Europe/Berlin', () => seenPerDay({ '2026-03-29': 2, '2026-03-31': 5 }, at('2026-03-31T12:00'), 4));
    expect(days).toEqual([
      { day: '2026-03-28', seen: 0 },
      { day: '2026-03-29', seen: 2 },
      { day: '2026-03-30', seen: 0 },
      { day: '2026-03-31', seen: 5 },
    ]);
  });
});
