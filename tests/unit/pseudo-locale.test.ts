import { describe, expect, it } from 'vitest';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { PSEUDO_GROWTH, pseudoMessage, pseudoMessages } from '../../scripts/pseudo-locale.mjs';

const en = readLocaleSources().en!;
const marks = (s: string) => [...s.matchAll(/\{[1-9]\}/g)].map((m) => m[0]).join();

describe('the pseudo-locale', () => {
  it('accents and lengthens the words themselves, leaving substitutions, digits and punctuation', () => {
    expect(pseudoMessage('Done')).toBe('Döñééé');
    expect(pseudoMessage('Snooze {1} min')).toBe('Šñööžééé {1} míñí');
    expect(pseudoMessage('{1} of {2}: 30 s.')).toBe('{1} öfö {2}: 30 š.');
  });

  it('grows the letters of every message by 40% (each word rounded), with the same substitutions', () => {
    const pseudo = pseudoMessages(en);
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    for (const [key, text] of Object.entries(en)) {
      expect(marks(pseudo[key]!), key).toBe(marks(text));
      const letters = text.replace(/\{[1-9]\}/g, '').match(/\p{L}/gu)?.length ?? 0;
      if (letters >= 10) expect(pseudo[key]!.length, `${key}: ${pseudo[key]}`).toBeGreaterThanOrEqual(text.length + letters * (PSEUDO_GROWTH - 1) - text.split(/\s+/).length);
    }
    expect(pseudo.date_locale).toBe('en');
  });
});
