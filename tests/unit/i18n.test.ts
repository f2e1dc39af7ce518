import { describe, expect, it } from 'vitest';
import { msg, plural, render, toMessagesFile, translateWith, type MessagesFile, type Translate } from '../../src/core/i18n';

// Built inside each test, not at import: a broken build must fail a test, not the file's loading.
const from = (source: Record<string, string>) => translateWith(toMessagesFile(source));

describe('messages.json from our source form', () => {
  it('a text without substitutions has no placeholders', () => {
    expect(toMessagesFile({ plain: 'Stand up.' })).toEqual({ plain: { message: 'Stand up.' } });
  });

  it('names each substitution once, however often and in whatever order it appears', () => {
    expect(toMessagesFile({ t: '{2} then {1}, {2} again' }).t).toEqual({
      message: '$ARG2$ then $ARG1$, $ARG2$ again',
      placeholders: { arg2: { content: '$2' }, arg1: { content: '$1' } },
    });
  });

  it('keeps a dollar sign literal, next to a substitution too', () => {
    const t = from({ price: 'Costs {1}$, $2 or $$' });
    expect(t('price', ['5', '6'])).toBe('Costs 5$, $2 or $$');
  });

  it('leaves {0} and braces around words alone', () => {
    expect(from({ t: '{0} {name} {1}' })('t', ['x'])).toBe('{0} {name} x');
  });
});

describe('getMessage as Chrome does it', () => {
  it('an unknown key gives an empty string', () => {
    expect(from({ known: 'Hi' })('unknown', ['x'])).toBe('');
  });

  it('a substitution not passed becomes empty, with or without a list', () => {
    const t = from({ greet: 'Hello, {1}! ({2})' });
    expect(t('greet')).toBe('Hello, ! ()');
    expect(t('greet', ['Ana'])).toBe('Hello, Ana! ()');
  });

  it('placeholder names are case-insensitive; a name with no placeholder stays as written', () => {
    const file: MessagesFile = {
      mixed: { message: '$Arg1$ and $ARG1$ and $who$ and $$', placeholders: { arg1: { content: '$1' } } },
      bare: { message: 'Pay $AMOUNT$ now' },
    };
    const t = translateWith(file);
    expect(t('mixed', ['x'])).toBe('x and x and $who$ and $');
    expect(t('bare', ['x'])).toBe('Pay $AMOUNT$ now');
  });

  it('a placeholder can hold fixed text around its substitution', () => {
    const t = translateWith({ m: { message: 'Due $WHEN$.', placeholders: { when: { content: 'at $1 ($2)' } } } });
    expect(t('m', ['10:00', 'soon'])).toBe('Due at 10:00 (soon).');
  });
});

describe('messages from core', () => {
  it('renders arguments in order, nested messages in the same language', () => {
    const t = from({ outer: '{1}: {2} of {3}', inner: 'Set {1}' });
    expect(render(msg('outer', msg('inner', 2), 'rep', 10), t)).toBe('Set 2: rep of 10');
    expect(msg('k')).toEqual({ key: 'k', args: [] });
  });
});

describe('a message for a number of things', () => {
  // Every form a language could have, so the one chosen shows in the result.
  const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const words = (locale: string, forms = FORMS): Translate => (key, subs = []) => {
    if (key === 'date_locale') return locale;
    const form = key.slice(key.lastIndexOf('_') + 1);
    return !FORMS.includes(form) || forms.includes(form) ? `${key}(${subs.join(',')})` : '';
  };
  const days = (n: number) => plural('days', n, n);

  it('is chosen by the language’s plural rule, not by the count being 1', () => {
    expect([0, 1, 2, 21].map((n) => render(days(n), words('en')))).toEqual(['days_other(0)', 'days_one(1)', 'days_other(2)', 'days_other(21)']);
    expect([0, 1, 2].map((n) => render(days(n), words('de')))).toEqual(['days_other(0)', 'days_one(1)', 'days_other(2)']);
    // French says "0 jour": a rule, not `n === 1`, is what tells.
    expect(render(days(0), words('fr'))).toBe('days_one(0)');
    expect(render(days(1000000), words('es'))).toBe('days_many(1.000.000)');
  });

  it('takes every form CLDR gives a language: one, few and many in Polish and Russian, six in Arabic', () => {
    expect([1, 2, 5, 22, 25, 101].map((n) => render(days(n), words('pl')))).toEqual(['days_one(1)', 'days_few(2)', 'days_many(5)', 'days_few(22)', 'days_many(25)', 'days_many(101)']);
    expect([1, 21, 3, 11].map((n) => render(days(n), words('ru')))).toEqual(['days_one(1)', 'days_one(21)', 'days_few(3)', 'days_many(11)']);
    expect([0, 1, 2, 3, 11, 100].map((n) => render(days(n), words('ar')))).toEqual(['days_zero(0)', 'days_one(1)', 'days_two(2)', 'days_few(3)', 'days_many(11)', 'days_other(100)']);
    expect([1, 2].map((n) => render(days(n), words('ja')))).toEqual(['days_other(1)', 'days_other(2)']);
  });

  it('matches Intl.PluralRules for every count in every language it is asked in', () => {
    for (const lang of ['en', 'de', 'es', 'fr', 'it', 'pt-BR', 'nl', 'pl', 'sv', 'ru', 'uk', 'tr', 'ja', 'zh-CN', 'ko', 'ar']) {
      const rule = new Intl.PluralRules(lang);
      for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101]) expect(render(days(n), words(lang)), `${lang} ${n}`).toBe(`days_${rule.select(n)}(${n})`);
    }
  });

  it('falls back to the form for other where the language’s messages lack the one chosen', () => {
    expect(render(days(3), words('pl', ['one', 'other']))).toBe('days_other(3)');
  });

  it('writes its numbers as the language does', () => {
    expect(render(days(1234), words('en'))).toBe('days_other(1,234)');
    expect(render(days(1234), words('de'))).toBe('days_other(1.234)');
    expect(render(msg('dose', 2.5), words('de'))).toBe('dose(2,5)');
    // A number already written as text is left as it is.
    expect(render(plural('days', 1234, '1234'), words('en'))).toBe('days_other(1234)');
  });

  it('nested in another message, is chosen there too', () => {
    expect(render(msg('outer', days(1)), words('es'))).toBe('outer(days_one(1))');
  });
});
