import { addDays, differenceInMinutes, isSameDay } from 'date-fns';
import { t as tr } from '../platform/i18n';

// Dates and times through Intl (date-fns for the arithmetic): the browser supplies the wording for
// every language, so no locale tables ship in the extension.

/**
 * The BCP 47 tag dates are written in: the language the extension's words are shown in (each
 * locale's messages name it as `date_locale`); within English, the browser's regional variant.
 */
export function dateLocale(): string {
  const lang = tr('date_locale') || 'en';
  const regional = typeof navigator === 'undefined' ? '' : navigator.language;
  return lang === 'en' && regional.startsWith('en') ? regional : lang;
}

export function describeTime(t: number, locale: string = dateLocale()): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(t);
}

export function weekdayName(t: number, locale: string = dateLocale()): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(t);
}

/** "10:30 AM" today, "tomorrow 9:00 AM", "Friday 10:30 AM": relative to `now`. */
export function describeWhen(t: number, now: number, locale: string = dateLocale()): string {
  if (isSameDay(t, now)) return describeTime(t, locale);
  const day = isSameDay(t, addDays(now, 1)) ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day') : weekdayName(t, locale);
  return `${day} ${describeTime(t, locale)}`;
}

/** "in 45 minutes", "in 3 hours"; empty past half a day, where the day and time say enough. */
export function describeWait(t: number, now: number, locale: string = dateLocale()): string {
  const minutes = Math.max(1, differenceInMinutes(t, now, { roundingMethod: 'ceil' }));
  if (minutes >= 12 * 60) return '';
  // The arithmetic is date-fns'; the words come from the browser, in every language.
  return minutes < 120 ? new Intl.RelativeTimeFormat(locale).format(minutes, 'minute') : new Intl.RelativeTimeFormat(locale).format(Math.round(minutes / 60), 'hour');
}

/** "today 2:30 PM, 4:00 PM; Monday 10:30 AM": times grouped by day. */
export function describeUpcoming(times: readonly number[], now: number, locale: string = dateLocale()): string {
  const groups: { label: string; times: string[] }[] = [];
  for (const t of times) {
    const label = isSameDay(t, now) ? tr('today') : isSameDay(t, addDays(now, 1)) ? tr('tomorrow') : weekdayName(t, locale);
    const last = groups.at(-1);
    if (last?.label === label) last.times.push(describeTime(t, locale));
    else groups.push({ label, times: [describeTime(t, locale)] });
  }
  return groups.map((g) => `${g.label} ${g.times.join(', ')}`).join(tr('list_separator'));
}
