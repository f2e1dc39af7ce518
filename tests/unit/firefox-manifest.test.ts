import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../scripts/firefox-manifest.mjs';

describe('the Firefox manifest', () => {
  const firefox = firefoxManifest(manifest);

  it('claims desktop Firefox only: Firefox for Android has no windows or commands, and is not tested', () => {
    expect(Object.keys(firefox.browser_specific_settings)).toEqual(['gecko']);
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: 'desk-reset@desk-reset.app', strict_min_version: '142.0' });
  });

  it('has an event page for the worker, and no key only Chromium reads', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox).not.toHaveProperty('storage');
    expect(firefox.commands).toEqual(manifest.commands);
  });
});
