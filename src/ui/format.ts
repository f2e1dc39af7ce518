import { addDays, differenceInMinutes, format, formatDuration, formatRelative, isSameDay, type Locale } from 'date-fns';
import { de, enGB, enUS, es } from 'date-fns/locale';
import { t as tr } from '../platform/i18n';

const LOCALES: Record<string, Locale> = { en: enUS, 'en-US': enUS, 'en-GB': enGB, de, es };

/** The date-fns locale for a BCP 47 tag such as the browser's language: exact match, then the language, then English. */
export function localeFor(tag: string): Locale {
  return LOCALES[tag] ?? LOCALES[tag.split('-')[0]!] ?? enUS;
}

/**
 * Dates follow the language the extension's words are shown in: each locale's messages name it
 * (`date_locale`). Within English, the browser's regional variant decides (en-GB or en-US).
 */
export function userLocale(): Locale {
  const lang = tr('date_locale') || 'en';
  const regional = typeof navigator === 'undefined' ? '' : navigator.language;
  return localeFor(lang === 'en' && regional.startsWith('en') ? regional : lang);
}

/** "10:30 AM" today; otherwise the locale's relative wording, such as "tomorrow at 9:00 AM" or "Monday at 10:30 AM". */
export function describeWhen(t: number, now: number, locale: Locale = userLocale()): string {
  return isSameDay(t, now) ? format(t, 'p', { locale }) : formatRelative(t, now, { locale });
}

/** The time left, such as "45 minutes" or "1 hour 30 minutes"; empty past half a day, where the day and time say enough. */
export function describeWait(t: number, now: number, locale: Locale = userLocale()): string {
  const minutes = Math.max(1, differenceInMinutes(t, now, { roundingMethod: 'ceil' }));
  if (minutes >= 12 * 60) return '';
  return formatDuration({ hours: Math.floor(minutes / 60), minutes: minutes % 60 }, { locale });
}

/** "today 2:30 PM, 4:00 PM; Monday 10:30 AM": times grouped by day. */
export function describeUpcoming(times: readonly number[], now: number, locale: Locale = userLocale()): string {
  const groups: { label: string; times: string[] }[] = [];
  for (const t of times) {
    const label = isSameDay(t, now) ? tr('today') : isSameDay(t, addDays(now, 1)) ? tr('tomorrow') : format(t, 'EEEE', { locale });
    const time = format(t, 'p', { locale });
    const last = groups.at(-1);
    if (last?.label === label) last.times.push(time);
    else groups.push({ label, times: [time] });
  }
  return groups.map((g) => `${g.label} ${g.times.join(', ')}`).join('; ');
}
