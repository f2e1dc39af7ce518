import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeRelease } from '../../scripts/zip.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** The names in a zip's central directory, in order. */
function entries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const length = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + length));
    at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

describe('store packages', () => {
  it('building twice gives byte-identical zips for Chrome/Edge and Firefox, with every file sorted', async () => {
    const first = await makeRelease(mkdtempSync(join(tmpdir(), 'desk-reset-release-')));
    const second = await makeRelease(mkdtempSync(join(tmpdir(), 'desk-reset-release-')));
    expect(first.map((f) => f.split('/').at(-1))).toEqual(['desk-reset-chrome-0.1.0.zip', 'desk-reset-firefox-0.1.0.zip']);
    for (const [i, file] of first.entries()) {
      const a = readFileSync(file);
      expect(a.equals(readFileSync(second[i]!)), `${file} differs between builds`).toBe(true);
      const names = entries(a);
      expect(names).toEqual([...names].sort());
      expect(names).toContain('manifest.json');
      expect(names).toContain('_locales/de/messages.json');
    }
    const shipped = readdirSync(join(ROOT, 'dist-firefox'), { recursive: true }).length;
    expect(entries(readFileSync(first[1]!)).length).toBeLessThanOrEqual(shipped);
    const firefox = JSON.parse(readFileSync(join(ROOT, 'dist-firefox/manifest.json'), 'utf8'));
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: 'desk-reset@desk-reset.app', strict_min_version: '140.0' });
  }, 120_000);
});
