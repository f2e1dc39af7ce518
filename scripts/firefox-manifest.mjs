// The same extension for Firefox: an event page instead of a service worker, and Gecko's settings.

/** The Firefox build's manifest, from the one both builds share. */
export function firefoxManifest(manifest) {
  const { background, minimum_chrome_version: _chromeOnly, storage: _managedSchema, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    // Desktop Firefox only: Firefox for Android has no windows or commands API, and nothing here
    // can test it, so no gecko_android. data_collection_permissions (nothing is collected) is read
    // from 140 on the desktop and 142 on Android; without gecko_android the add-ons linter holds
    // gecko's minimum against both, so 142 (ESR 140 reached its end in 2026; the ESR is 153).
    browser_specific_settings: {
      gecko: { id: 'desk-reset@desk-reset.app', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}
