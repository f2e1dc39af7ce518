import browser from './browser';
import { render, type Msg, type Translate } from '../core/i18n';

/** A message in the browser's language, with `{1}`… substitutions. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

export function tm(m: Msg): string {
  return render(m, t);
}

