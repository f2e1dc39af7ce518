import { describe, expect, it } from 'vitest';
import { describeWait, describeWhen } from '../../src/ui/format';

const at = (iso: string) => new Date(iso).getTime();

describe('time wording', () => {
  const now = at('2026-03-02T10:00'); // Monday
  it.each([
    ['2026-03-02T09:59:50', 'any moment now'],
    ['2026-03-02T10:00:20', 'in 1 min'],
    ['2026-03-02T10:45', 'in 45 min'],
    ['2026-03-02T11:00', 'in 1 h'],
    ['2026-03-02T11:30', 'in 1 h 30 min'],
    ['2026-03-03T10:00', ''],
  ])('wait until %s: "%s"', (t, text) => expect(describeWait(at(t), now)).toBe(text));

  it.each([
    ['2026-03-02T14:30', '14:30'],
    ['2026-03-03T09:00', 'tomorrow 09:00'],
    ['2026-03-06T10:30', 'Friday 10:30'],
  ])('%s is "%s"', (t, text) => expect(describeWhen(at(t), now)).toBe(text));
});
