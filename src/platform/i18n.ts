import browser from './browser';
import { render, type Msg, type Translate } from '../core/i18n';

/** A message in the browser's language, with `{1}`… substitutions. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

export function tm(m: Msg): string {
  return render(m, t);
}

/** The language of the words on screen, `en`, `de` or `es`: each locale's messages name their own. */
function uiLanguage(): string {
  return t('date_locale') || 'en';
}

/** Tells screen readers which language the page is in, and titles it in that language. */
export function localizePage(titleKey: string): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
