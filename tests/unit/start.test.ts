import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../scripts/start.mjs';

describe('npm start browser lookup', () => {
  const only = (...present: string[]) => (p: string) => present.includes(p);

  it('prefers CHROME_PATH when it exists', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/c/chrome' }, 'linux', only('/opt/c/chrome', '/usr/bin/chromium'))).toBe('/opt/c/chrome');
  });

  it('reports nothing when CHROME_PATH points nowhere, rather than guessing another browser', () => {
    expect(findBrowser({ CHROME_PATH: '/nope' }, 'linux', only('/usr/bin/chromium'))).toBeNull();
  });

  it('falls back to common install paths in order', () => {
    expect(findBrowser({}, 'linux', only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findBrowser({}, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toContain('Google Chrome');
  });

  it('finds nothing on a machine without a browser', () => {
    expect(findBrowser({}, 'linux', only())).toBeNull();
  });
});
