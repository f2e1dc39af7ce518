// Text that core logic produces travels as a message key plus arguments; the view layer renders
// it in the user's language. Core stays pure: it never looks a message up itself.

export type MessageArg = string | number | Msg;

export interface Msg {
  key: string;
  args: MessageArg[];
  /** A message said one way for one of a thing: `one` replaces `key` where the language's plural rule says "one" for `count`. */
  plural?: { count: number; one: string };
}

export function msg(key: string, ...args: MessageArg[]): Msg {
  return { key, args };
}

/**
 * The message for `count` of a thing: `keys.one` or `keys.other`, as the plural rule of the
 * language it is shown in chooses (Intl.PluralRules, when it is rendered), never `count === 1`.
 */
export function plural(keys: { one: string; other: string }, count: number, ...args: MessageArg[]): Msg {
  return { key: keys.other, args, plural: { count, one: keys.one } };
}

export type Translate = (key: string, substitutions?: string[]) => string;

export function render(m: Msg, t: Translate): string {
  // `date_locale` names the language the messages are in (a BCP 47 tag).
  const one = m.plural && new Intl.PluralRules(t('date_locale') || 'en').select(m.plural.count) === 'one';
  return t(
    one ? m.plural!.one : m.key,
    m.args.map((a) => (typeof a === 'object' ? render(a, t) : String(a))),
  );
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
