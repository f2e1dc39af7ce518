import { drillText } from '../src/core/drill';
import { findDrill } from '../src/core/catalog';
import { toMessagesFile, translateWith, type Translate } from '../src/core/i18n';
import { readLocaleSources } from '../scripts/locales.mjs';

let built: Translate | undefined;

/**
 * English exactly as the extension ships it, for tests that read or compare words. Built on first
 * use, inside a test: a fault in building it then fails that test, where Stryker sees it, rather
 * than the loading of every test file, which Stryker would count as a surviving mutant.
 */
export const english: Translate = (key, substitutions) => (built ??= translateWith(toMessagesFile(readLocaleSources().en ?? {})))(key, substitutions);

export function drillName(id: string): string {
  return drillText(findDrill(id)!, english).name;
}
