import { describe, expect, it } from 'vitest';
import { de, enGB, enUS, es } from 'date-fns/locale';
import { describeWait, describeWhen, localeFor } from '../../src/ui/format';

const at = (iso: string) => new Date(iso).getTime();
const now = at('2026-03-02T10:00'); // Monday

describe('time wording', () => {
  it.each([
    ['2026-03-02T10:00:20', '1 minute'],
    ['2026-03-02T10:45', '45 minutes'],
    ['2026-03-02T11:00', '1 hour'],
    ['2026-03-02T11:30', '1 hour 30 minutes'],
    ['2026-03-03T10:00', ''],
  ])('wait until %s: "%s"', (t, text) => expect(describeWait(at(t), now, enUS)).toBe(text));

  it('says when, relative to now, in the user’s language', () => {
    expect(describeWhen(at('2026-03-02T14:30'), now, enUS)).toBe('2:30 PM');
    expect(describeWhen(at('2026-03-02T14:30'), now, enGB)).toBe('14:30');
    expect(describeWhen(at('2026-03-03T09:00'), now, enUS)).toBe('tomorrow at 9:00 AM');
    expect(describeWhen(at('2026-03-06T10:30'), now, enUS)).toBe('Friday at 10:30 AM');
    expect(describeWhen(at('2026-03-03T09:00'), now, de)).toBe('morgen um 09:00');
    expect(describeWait(at('2026-03-02T11:30'), now, es)).toBe('1 hora 30 minutos');
  });

  it('picks the locale from the browser language', () => {
    expect(localeFor('de-AT')).toBe(de);
    expect(localeFor('en-GB')).toBe(enGB);
    expect(localeFor('fr-FR')).toBe(enUS);
  });
});
