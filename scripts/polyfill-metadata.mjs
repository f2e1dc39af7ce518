// webextension-polyfill wraps each namespace listed in its metadata table, about 30 of them. The
// extension calls a handful, and the table is most of the polyfill's weight in every context, so
// the build keeps the entries of the namespaces src/platform really uses (found in its source).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PLATFORM = resolve(import.meta.dirname, '../src/platform');

/** Every `browser.<namespace>` that the platform seam touches. */
export function usedNamespaces(dir = PLATFORM) {
  const used = new Set();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    for (const [, ns] of readFileSync(join(dir, file), 'utf8').matchAll(/\bbrowser\.([a-zA-Z0-9]+)/g)) used.add(ns);
  }
  return used;
}

/** The polyfill's source with its metadata table cut down to `keep`; throws if the table is not where it was. */
export function pruneMetadata(code, keep) {
  const start = code.indexOf('const apiMetadata = {');
  if (start < 0) throw new Error('webextension-polyfill: apiMetadata not found; the pruning needs updating');
  const open = code.indexOf('{', start);
  let depth = 0;
  let end = open;
  for (; end < code.length; end++) {
    if (code[end] === '{') depth++;
    else if (code[end] === '}' && --depth === 0) break;
  }
  const table = JSON.parse(code.slice(open, end + 1));
  const kept = Object.fromEntries(Object.entries(table).filter(([ns]) => keep.has(ns)));
  return code.slice(0, open) + JSON.stringify(kept) + code.slice(end + 1);
}

/**
 * The polyfill ships as UMD, which makes the bundler add its CommonJS interop runtime to every
 * context; unwrapped into an ES module it needs none. Throws if the wrapper is not what it was.
 */
export function toEsModule(code) {
  const body = code.indexOf('function (module) {');
  const end = code.lastIndexOf('});');
  if (!code.startsWith('(function (global, factory)') || body < 0 || end < body) {
    throw new Error('webextension-polyfill: UMD wrapper not found; the unwrapping needs updating');
  }
  return `const module = { exports: {} };\n(${code.slice(body, end)}})(module);\nexport default module.exports;\n`;
}

/** The Vite plugin. */
export function prunePolyfill() {
  return {
    name: 'desk-reset-prune-polyfill',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]/.test(id)) return null;
      return { code: toEsModule(pruneMetadata(code, usedNamespaces())), map: null };
    },
  };
}
