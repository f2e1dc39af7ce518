// Builds each locale's messages.json from the source files in src/locales/<lang>/*.json.
// Used by the Vite plugin (build) and by the tests (so they check exactly what ships).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// import.meta.dirname rather than import.meta.url: test environments that emulate a browser give modules http: URLs.
export const LOCALES_DIR = resolve(import.meta.dirname ?? 'scripts', '../src/locales');

/** { en: { key: "text with {1}" }, de: {...}, ... } merged from every area file; duplicate keys are an error. */
export function readLocaleSources(dir = LOCALES_DIR) {
  const out = {};
  for (const lang of readdirSync(dir).sort()) {
    const merged = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const entries = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
      for (const [key, text] of Object.entries(entries)) {
        if (key in merged) throw new Error(`Message "${key}" is defined twice in src/locales/${lang}.`);
        merged[key] = text;
      }
    }
    out[lang] = merged;
  }
  return out;
}
