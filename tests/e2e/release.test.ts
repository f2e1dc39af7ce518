import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { makeRelease } from '../../scripts/zip.mjs';
import { DIST } from './harness';

/** Every entry of a zip, in directory order, with its inflated bytes. */
function entries(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const packed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, inflateRawSync(zip.subarray(data, data + packed)));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

/** Relative path → modification time of every file under `dir`. */
function snapshot(dir: string): Record<string, number> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f.split('\\').join('/'), statSync(join(dir, f)).mtimeMs]));
}

// Code that only a development build carries: Preact's devtools bridge and Vite's dev client.
const DEV_ONLY = ['__PREACT_DEVTOOLS__', '@vite/client', 'import.meta.hot', '__vite_plugin_react_preamble'];

describe('store packages', () => {
  // Vitest runs this file with NODE_ENV=test, the very setting that once leaked a development build into the zips.
  it('are reproducible production builds that leave dist/ alone, the Chrome zip is exactly `npm run build`, and the source archive rebuilds the Firefox zip byte for byte', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const before = snapshot(DIST);
    const first = await makeRelease(mkdtempSync(join(tmpdir(), 'desk-reset-release-')));
    const second = await makeRelease(mkdtempSync(join(tmpdir(), 'desk-reset-release-')));
    expect(snapshot(DIST)).toEqual(before);
    expect(first.map((f) => f.split('/').at(-1))).toEqual(['desk-reset-chrome-0.1.0.zip', 'desk-reset-firefox-0.1.0.zip', 'desk-reset-source-0.1.0.zip']);

    const zips = first.slice(0, 2).map((file, i) => {
      const bytes = readFileSync(file);
      expect(bytes.equals(readFileSync(second[i]!)), `${file} differs between builds`).toBe(true);
      return entries(bytes);
    });
    for (const zip of zips) {
      const names = [...zip.keys()];
      expect(names).toEqual([...names].sort());
      expect(names).toContain('_locales/de/messages.json');
      for (const [name, data] of zip) {
        if (!name.endsWith('.js')) continue;
        const code = data.toString('utf8');
        for (const marker of DEV_ONLY) expect(code.includes(marker), `${name} holds ${marker}`).toBe(false);
      }
    }

    const [chrome, firefox] = zips as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...chrome.keys()]).toEqual(Object.keys(before));
    for (const [name, data] of chrome) expect(data.equals(readFileSync(join(DIST, name))), `${name} differs from dist/`).toBe(true);

    const manifest = JSON.parse(firefox.get('manifest.json')!.toString('utf8'));
    expect(manifest.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'desk-reset@desk-reset.app', strict_min_version: '142.0' });
    expect(firefox.has('service-worker-loader.js')).toBe(true);

    // addons.mozilla.org's reviewers rebuild the package from the source archive: the sources, the
    // lock file and the README that says how; built from it, the Firefox package is the same bytes.
    const source = entries(readFileSync(first[2]!));
    expect(readFileSync(first[2]!).equals(readFileSync(second[2]!)), 'the source archive differs between runs').toBe(true);
    for (const name of ['package.json', 'package-lock.json', 'README.md', 'manifest.json', 'vite.config.ts', 'scripts/zip.mjs', 'src/background/index.ts']) expect(source.has(name), name).toBe(true);
    expect([...source.keys()].filter((n) => /^(node_modules|dist|release|tests|\.ci)\//.test(n))).toEqual([]);
    expect(source.get('README.md')!.toString('utf8')).toMatch(/## Rebuilding the store packages[\s\S]*npm ci[\s\S]*npm run zip/);
    const unpacked = mkdtempSync(join(tmpdir(), 'desk-reset-source-'));
    for (const [name, data] of source) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), data);
    }
    // The packages `npm ci` would install, as the lock file pins them (no network here).
    symlinkSync(resolve(import.meta.dirname, '../../node_modules'), join(unpacked, 'node_modules'), 'dir');
    const archived = (await import(pathToFileURL(join(unpacked, 'scripts/zip.mjs')).href)) as typeof import('../../scripts/zip.mjs');
    const rebuilt = join(unpacked, 'firefox-build');
    archived.buildTarget('firefox', rebuilt);
    expect(archived.zipDirectory(rebuilt).equals(readFileSync(first[1]!)), 'the Firefox package built from the source archive differs').toBe(true);
  }, 240_000);
});
