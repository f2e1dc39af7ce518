// Text that core logic produces travels as a message key plus arguments; the view layer renders
// it in the user's language. Core stays pure: it never looks a message up itself.

export type MessageArg = string | number | Msg;

export interface Msg {
  key: string;
  args: MessageArg[];
  /** Said for `count` of a thing: `key` names the forms `<key>_one`, `<key>_few`, … `<key>_other`. */
  count?: number;
}

export function msg(key: string, ...args: MessageArg[]): Msg {
  return { key, args };
}

/**
 * The message for `count` of a thing: the form (`<base>_zero`, `_one`, `_two`, `_few`, `_many` or
 * `_other`, CLDR's categories) the plural rule of the language it is shown in chooses for `count`
 * (Intl.PluralRules, when it is rendered), never `count === 1`. Every language has `_other`.
 */
export function plural(base: string, count: number, ...args: MessageArg[]): Msg {
  return { key: base, args, count };
}

export type Translate = (key: string, substitutions?: string[]) => string;

export function render(m: Msg, t: Translate): string {
  // `date_locale` names the language the messages are in (a BCP 47 tag): numbers are written as it
  // writes them ("1,234", "1.234", "١٬٢٣٤").
  const lang = () => t('date_locale') || 'en';
  const args = m.args.map((a) => (typeof a === 'object' ? render(a, t) : typeof a === 'number' ? new Intl.NumberFormat(lang()).format(a) : a));
  if (m.count === undefined) return t(m.key, args);
  // A form the language's messages lack (from a newer CLDR than they were written for) is said in `other`.
  const form = new Intl.PluralRules(lang()).select(m.count);
  return t(`${m.key}_${form}`, args) || t(`${m.key}_other`, args);
}

/** A locale's messages in Chrome/Firefox `messages.json` form. */
export type MessagesFile = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Turns our source form, where `{1}` … `{9}` mark substitutions, into the documented
 * `messages.json` form with named placeholders (`$ARG1$` → `"content": "$1"`).
 */
export function toMessagesFile(source: Record<string, string>): MessagesFile {
  const out: MessagesFile = {};
  for (const [key, text] of Object.entries(source)) {
    const numbers = [...new Set([...text.matchAll(/\{([1-9])\}/g)].map((m) => m[1]!))];
    const message = text.replace(/\$/g, '$$$$').replace(/\{([1-9])\}/g, (_m, n: string) => `$ARG${n}$`);
    out[key] = numbers.length ? { message, placeholders: Object.fromEntries(numbers.map((n) => [`arg${n}`, { content: `$${n}` }])) } : { message };
  }
  return out;
}

/** `getMessage` as Chrome implements it, for tests and for tooling that has no browser. */
export function translateWith(file: MessagesFile): Translate {
  return (key, substitutions = []) => {
    const entry = file[key];
    if (!entry) return '';
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content;
        return content === undefined ? whole : content.replace(/\$([1-9])/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
      })
      .replace(/\$\$/g, '$');
  };
}
