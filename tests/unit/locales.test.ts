import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/core/catalog';
import { DETAILS, MUSCLES, muscleKey } from '../../src/core/catalog/details';
import { LADDERS } from '../../src/core/catalog/ladders';
import { ROUTINE_KINDS } from '../../src/core/routines';
import { CATEGORIES, drillKey, EQUIPMENT, PHASES, POSITIONS } from '../../src/core/drill';
import { phaseKey } from '../../src/core/dose-text';
import { toMessagesFile, translateWith } from '../../src/core/i18n';
import { OWNABLE_EQUIPMENT } from '../../src/core/settings';
import { readLocaleSources } from '../../scripts/locales.mjs';

const ROOT = join(import.meta.dirname, '../..');
const sources = readLocaleSources();
const en = sources.en!;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const code = sourceFiles(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/** Keys built at run time from data, e.g. `cat_${category}`: every value the data can produce. */
const dynamicKeys = [
  ...CATALOG.flatMap((d) => {
    const k = drillKey(d.id);
    return [`${k}_name`, `${k}_purpose`, `${k}_cue`, `${k}_mistake`, ...Array.from({ length: d.steps }, (_, i) => `${k}_step${i + 1}`)];
  }),
  ...[...PHASES, 'rep', 'rest', 'switch sides', 'done'].map(phaseKey),
  ...CATEGORIES.map((c) => `cat_${c}`),
  ...MUSCLES.map(muscleKey),
  ...POSITIONS.map((p) => `pos_${p}`),
  ...OWNABLE_EQUIPMENT.map((e) => `eq_${e.replace(/-/g, '_')}`),
  ...EQUIPMENT.map((e) => `kit_${e.replace(/-/g, '_')}`),
  ...['left', 'right'].map((s) => `side_${s}`),
  ...['disabled', 'painful', 'equipment', 'space', 'too_long'].flatMap((w) => [`nofit_${w}_one`, `nofit_${w}_other`]),
  ...['', '_minutes', '_seconds'].flatMap((u) => [`err_whole_number${u}`, `err_range${u}`]),
  ...Object.values(LADDERS).flatMap((l) => l.rungs.flatMap((r) => (r.variant ? [`level_${r.variant}`] : []))),
  ...ROUTINE_KINDS.flatMap((k) => [`routine_${k}_check`, `routine_${k}_at`]),
];

/** Keys named literally in code: in a t(…)/msg(…) call, or as a quoted word that is a key. */
const literal = new Set([...code.matchAll(/['"`]([a-z][A-Za-z0-9_]*)['"`]/g)].map((m) => m[1]!));
const inManifest = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
const calledKeys = [...code.matchAll(/\b(?:t|tr|msg)\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);

/** A message said for a count: its forms are `<base>_<CLDR category>`, and every language has `_other`. */
const FORM = /^(.+)_(zero|one|two|few|many|other)$/;
const pluralBases = new Set(Object.keys(en).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : [])));
const baseOf = (key: string) => {
  const base = FORM.exec(key)?.[1];
  return base !== undefined && pluralBases.has(base) ? base : null;
};
/** The plural categories of a locale's language (pt_BR is pt-BR to Intl). */
const categories = (lang: string) => new Intl.PluralRules(lang.replace('_', '-')).resolvedOptions().pluralCategories as string[];
const pluralCalls = [...code.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);

describe('locales', () => {
  it('ships English, German and Spanish', () => {
    expect(Object.keys(sources).sort()).toEqual(['de', 'en', 'es']);
  });

  it.each(['de', 'es'])('%s has every English key and no other, each said for a count in every form its language needs', (lang) => {
    const keys = new Set(Object.keys(sources[lang]!));
    const plain = (k: string) => baseOf(k) === null;
    expect(Object.keys(en).filter((k) => plain(k) && !keys.has(k)), 'missing').toEqual([]);
    expect([...keys].filter((k) => plain(k) && !(k in en)), 'extra').toEqual([]);
    expect([...keys].filter((k) => !sources[lang]![k]!.trim()), 'empty').toEqual([]);
    const forms = categories(lang).map((c) => `_${c}`).sort();
    for (const base of pluralBases) expect([...keys].filter((k) => baseOf(k) === base).map((k) => k.slice(base.length)).sort(), `${lang}: ${base}`).toEqual(forms);
  });

  it('English says each count in exactly the forms its language needs', () => {
    for (const base of pluralBases) expect(Object.keys(en).filter((k) => baseOf(k) === base).map((k) => k.slice(base.length)).sort(), base).toEqual(categories('en').map((c) => `_${c}`).sort());
  });

  it('every message the code says for a count has its forms in English', () => {
    expect(pluralCalls.length).toBeGreaterThan(5);
    expect(pluralCalls.filter((b) => !pluralBases.has(b))).toEqual([]);
  });

  it.each(['de', 'es'])('%s keeps every substitution of the English message', (lang) => {
    const marks = (s: string) => [...s.matchAll(/\{[1-9]\}/g)].map((m) => m[0]).sort().join();
    // A form the English messages lack (few, many) is held to English's `other`.
    const english = (k: string) => en[k] ?? en[`${baseOf(k)}_other`]!;
    const wrong = Object.keys(sources[lang]!).filter((k) => marks(sources[lang]![k]!) !== marks(english(k)));
    expect(wrong).toEqual([]);
  });

  it('every key the code or the manifest names exists in English', () => {
    const missing = [...new Set([...calledKeys, ...inManifest, ...dynamicKeys])].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('every English key is used somewhere', () => {
    const used = new Set([...literal, ...inManifest, ...dynamicKeys]);
    // A form said for a count is used where its base is named (plural('streak', …)).
    expect(Object.keys(en).filter((k) => !used.has(k) && !used.has(baseOf(k) ?? k))).toEqual([]);
  });

  it.each(Object.keys(sources))('%s: the store name and description fit the stores', (lang) => {
    // The manifest's name and short_name are both extName: 75 characters for a name, 12 advised for
    // a short name (the browsers' toolbars and menus); a description is at most 132 (Chrome Web Store).
    const words = sources[lang]!;
    expect(words.extName!.length).toBeLessThanOrEqual(12);
    expect(words.extDescription!.length).toBeGreaterThan(40);
    expect(words.extDescription!.length).toBeLessThanOrEqual(132);
    expect(manifest).toMatch(/"short_name": "__MSG_extName__"/);
    expect(manifest).toMatch(/"description": "__MSG_extDescription__"/);
  });

  it.each(['en', 'de', 'es'])('%s names every muscle the drill details list', (lang) => {
    const muscles = [...new Set(Object.values(DETAILS).flatMap((d) => d.muscles))];
    expect(muscles.length).toBeGreaterThan(0);
    expect(muscles.filter((m) => !sources[lang]![muscleKey(m)]?.trim())).toEqual([]);
  });

  it('builds messages.json with named placeholders that substitute like Chrome', () => {
    const file = toMessagesFile({ hi: 'Hello {1}, it is {2} ({1}) and costs $5' });
    expect(file.hi).toEqual({ message: 'Hello $ARG1$, it is $ARG2$ ($ARG1$) and costs $$5', placeholders: { arg1: { content: '$1' }, arg2: { content: '$2' } } });
    expect(translateWith(file)('hi', ['Ana', 'noon'])).toBe('Hello Ana, it is noon (Ana) and costs $5');
  });
});
