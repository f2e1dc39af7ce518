import { drillText } from '../src/core/drill';
import { findDrill } from '../src/core/catalog';
import { toMessagesFile, translateWith } from '../src/core/i18n';
import { readLocaleSources } from '../scripts/locales.mjs';

/** English exactly as the extension ships it, for tests that read or compare words. */
export const english = translateWith(toMessagesFile(readLocaleSources().en ?? {}));

export function drillName(id: string): string {
  return drillText(findDrill(id)!, english).name;
}
