import { describe, expect, it } from 'vitest';
import { describeUpcoming, describeWait, describeWhen } from '../../src/ui/format';

const at = (iso: string) => new Date(iso).getTime();
const now = at('2026-03-02T10:00'); // Monday

describe('time wording', () => {
  it.each([
    ['2026-03-02T10:00:20', 'in 1 minute'],
    ['2026-03-02T10:45', 'in 45 minutes'],
    ['2026-03-02T11:30', 'in 90 minutes'],
    ['2026-03-02T14:00', 'in 4 hours'],
    ['2026-03-03T10:00', ''],
  ])('wait until %s: "%s"', (t, text) => expect(describeWait(at(t), now, 'en-US')).toBe(text));

  it('says when, relative to now, in the user’s language', () => {
    expect(describeWhen(at('2026-03-02T14:30'), now, 'en-US')).toBe('2:30 PM');
    expect(describeWhen(at('2026-03-02T14:30'), now, 'en-GB')).toBe('14:30');
    expect(describeWhen(at('2026-03-03T09:00'), now, 'en-US')).toBe('tomorrow 9:00 AM');
    expect(describeWhen(at('2026-03-06T10:30'), now, 'en-US')).toBe('Friday 10:30 AM');
    expect(describeWhen(at('2026-03-03T09:00'), now, 'de')).toBe('morgen 9:00');
    expect(describeWhen(at('2026-03-06T10:30'), now, 'es')).toBe('viernes 10:30');
    expect(describeWait(at('2026-03-02T10:45'), now, 'de')).toBe('in 45 Minuten');
    expect(describeWait(at('2026-03-02T10:45'), now, 'es')).toBe('dentro de 45 minutos');
  });

  it('groups upcoming breaks by day', () => {
    expect(describeUpcoming([at('2026-03-02T14:30'), at('2026-03-02T16:00'), at('2026-03-06T10:30')], now, 'en-US')).toBe('today 2:30 PM, 4:00 PM; Friday 10:30 AM');
  });
});
