// Making an Intl formatter costs far more than using one, and the progress section formats a few
// hundred dates and counts as it draws: each formatter is made once per locale and options and
// kept for the page's life. A formatter holds no data, only how a locale writes dates and numbers.

const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The date formatter for `locale` (the browser's when undefined) and `options`. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A count as the locale writes it ("1,234", "1.234"). */
export function formatCount(n: number, locale: string): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}
