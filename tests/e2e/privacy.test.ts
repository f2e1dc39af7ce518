import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_HOST_PATTERNS } from '../../src/core/call-sites';
import { DIST } from './harness';

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String);
const text = (dir: string) => files(dir).filter((f) => /\.(js|html|css|json)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8'));

describe('privacy and store review', () => {
  it.each([DIST, join(DIST, '../dist-firefox')])('%s asks only for alarms, storage, notifications and idle, for no host, and may ask later for the meeting sites only', (dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['alarms', 'storage', 'notifications', 'idle']);
    expect(manifest.host_permissions).toBeUndefined();
    // Asked only when the user turns on the hold for calls: the addresses of those sites' tabs.
    expect(manifest.optional_host_permissions).toEqual([...CALL_HOST_PATTERNS]);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships no remote code or remote resources, and nothing that renders HTML from a string', () => {
    for (const body of text(DIST)) {
      expect(body).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(body).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
      expect(body).not.toMatch(/\bimportScripts\(|\beval\(|new Function\(/);
      expect(body).not.toMatch(/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/);
    }
    // Any http(s) address left in the code is text, never fetched: the SVG namespace, a link in a
    // date-fns error message, and the meeting sites' match patterns (exactly those: the tabs they
    // ask the browser about). Anything else must be looked at.
    const known = ['http://www.w3.org/', 'https://github.com/date-fns/date-fns/blob/master/docs/'];
    const urls = text(DIST).flatMap((b) => b.match(/https?:\/\/[^\s"'`)]+/g) ?? []);
    expect([...new Set(urls)].filter((u) => !known.some((k) => u.startsWith(k)) && !CALL_HOST_PATTERNS.includes(u))).toEqual([]);
  });
});
