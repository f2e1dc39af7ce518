import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { pruneMetadata, toEsModule, usedNamespaces } from '../../scripts/polyfill-metadata.mjs';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve('webextension-polyfill'), 'utf8');

/** Runs the polyfill as a page would, over a callback-style `chrome`, and returns its `browser`. */
function load(code: string, chrome: object): Record<string, any> {
  const module = { exports: {} as Record<string, any> };
  runInNewContext(code, { module, exports: module.exports, chrome, globalThis: { chrome } });
  return module.exports;
}

describe('the pruned webextension-polyfill', () => {
  it('keeps the namespaces src/platform uses and drops the rest of the metadata', () => {
    const used = usedNamespaces();
    for (const ns of ['alarms', 'storage', 'runtime', 'notifications', 'idle', 'windows']) expect(used.has(ns)).toBe(true);
    const pruned = pruneMetadata(SOURCE, used);
    expect(pruned.length).toBeLessThan(SOURCE.length * 0.7);
    expect(pruned).toContain('"alarms":{');
    expect(pruned).not.toContain('"bookmarks"');
    expect(pruned).not.toContain('"webRequest"');
  });

  it('still turns a kept callback API into a promise, with its errors as rejections', async () => {
    const lastError: { message: string } | undefined = undefined;
    const chrome = {
      runtime: { id: 'desk-reset', lastError },
      alarms: { get: (name: string, done: (a: unknown) => void) => done({ name, scheduledTime: 5 }) },
      storage: { local: { get: (_k: unknown, done: () => void) => { chrome.runtime.lastError = { message: 'quota' } as never; done(); chrome.runtime.lastError = undefined; } } },
    };
    const browser = load(pruneMetadata(SOURCE, new Set(['alarms', 'storage', 'runtime'])), chrome);
    await expect(browser.alarms.get('break')).resolves.toEqual({ name: 'break', scheduledTime: 5 });
    await expect(browser.storage.local.get('settings')).rejects.toThrow('quota');
  });

  it('unwraps the UMD build into an ES module with one default export, which still works', async () => {
    const esm = toEsModule(pruneMetadata(SOURCE, new Set(['alarms', 'runtime'])));
    expect(esm).not.toMatch(/\bdefine\(|typeof exports|\brequire\(/);
    expect(esm.match(/\bexport\b/g)).toEqual(['export']);
    expect(esm.endsWith('export default module.exports;\n')).toBe(true);
    // The module's body, with its export turned into a return, run over a callback-style chrome.
    const body = esm.replace(/export default module\.exports;\n$/, 'return module.exports;');
    const chrome = { runtime: { id: 'desk-reset' }, alarms: { get: (name: string, done: (a: unknown) => void) => done({ name, scheduledTime: 7 }) } };
    const browser = new Function('globalThis', 'chrome', body)({ chrome }, chrome);
    await expect(browser.alarms.get('break')).resolves.toEqual({ name: 'break', scheduledTime: 7 });
  });

  it('refuses a polyfill whose wrapper changed, rather than ship it half unwrapped', () => {
    expect(() => toEsModule('module.exports = {};')).toThrow(/UMD wrapper not found/);
  });

  it('refuses a polyfill whose table moved, rather than ship it unpruned', () => {
    expect(() => pruneMetadata('module.exports = {}', new Set())).toThrow(/apiMetadata not found/);
  });
});
