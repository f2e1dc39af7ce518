import browser from './browser';
import { render, type Msg, type Translate } from '../core/i18n';

// A message without substitutions is the same for as long as the page lives, and a page asks for
// the same ones again and again: the settings page about 1,300 times as it first draws (5–9 ms of
// calls into the browser on a 2-core machine), most of them the level pickers' few words.
const plain = new Map<string, string>();

/** A message in the browser's language, with `{1}`… substitutions. */
export const t: Translate = (key, substitutions) => {
  if (substitutions) return browser.i18n.getMessage(key, substitutions);
  let message = plain.get(key);
  if (message === undefined) plain.set(key, (message = browser.i18n.getMessage(key)));
  return message;
};

export function tm(m: Msg): string {
  return render(m, t);
}

/** The language of the words on screen, `en`, `de` or `es`: each locale's messages name their own. */
function uiLanguage(): string {
  return t('date_locale') || 'en';
}

/**
 * Tells screen readers which language the page is in, lays it out in that language's direction
 * (`@@bidi_dir`, the browser's own message: rtl for Arabic), and titles it in that language.
 */
export function localizePage(titleKey: string): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = t('@@bidi_dir') || 'ltr';
  document.title = t(titleKey);
}
