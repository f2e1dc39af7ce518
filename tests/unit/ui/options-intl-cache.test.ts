import { describe, expect, it } from 'vitest';
import { dateFormat, formatCount } from '../../../src/ui/intl-cache';

// Issue 27: the progress section formats a few hundred dates and counts as it draws; each
// formatter is made once and kept, and writes exactly what a fresh one writes.

const AT = new Date('2026-03-03T12:00Z').getTime();

describe('kept Intl formatters', () => {
  it('write what a fresh formatter writes, for each locale and options', () => {
    for (const locale of ['en-US', 'en-GB', 'de', 'es']) {
      const options: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
      expect(dateFormat(locale, options).format(AT)).toBe(new Intl.DateTimeFormat(locale, options).format(AT));
      expect(dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(AT))).toBe(new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(AT));
      expect(formatCount(1234.5, locale)).toBe(new Intl.NumberFormat(locale).format(1234.5));
    }
  });

  it('keep one formatter per locale and options, apart from every other', () => {
    const short = { month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
    expect(dateFormat('de', short)).toBe(dateFormat('de', { ...short }));
    expect(dateFormat('de', short)).not.toBe(dateFormat('es', short));
    expect(dateFormat('de', short)).not.toBe(dateFormat('de', { ...short, year: 'numeric' }));
    expect(formatCount(1234, 'de')).toBe('1.234');
    expect(formatCount(1234, 'en-US')).toBe('1,234');
  });
});
