import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../scripts/firefox-manifest.mjs';
import { CALL_HOST_PATTERNS } from '../../src/core/call-sites';

// Issue 25, item 2: the meeting sites are optional host permissions, asked for only when the user
// turns the call hold on; what the extension asks for at install does not change.

describe.each([
  ['Chromium', manifest],
  ['Firefox', firefoxManifest(manifest)],
])('the %s manifest', (_browser, built) => {
  it('lists the meeting sites as optional host permissions, exactly those the table asks for', () => {
    expect(built.optional_host_permissions).toEqual([...CALL_HOST_PATTERNS]);
  });

  it('asks at install for alarms, storage, notifications and idle only, and for no host', () => {
    expect(built.permissions).toEqual(['alarms', 'storage', 'notifications', 'idle']);
    expect(built).not.toHaveProperty('host_permissions');
    expect(built).not.toHaveProperty('optional_permissions');
    expect(built).not.toHaveProperty('content_scripts');
  });
});
