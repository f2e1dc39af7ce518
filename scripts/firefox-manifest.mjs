// The same extension for Firefox: an event page instead of a service worker, and Gecko's settings.

/** The Firefox build's manifest, from the one both builds share. */
export function firefoxManifest(manifest) {
  const { background, minimum_chrome_version: _chromeOnly, storage: _managedSchema, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    // Desktop Firefox only: Firefox for Android has no windows or commands API, and nothing here
    // can test it, so no gecko_android. 140 is the first to read data_collection_permissions,
    // which declares that nothing is collected.
    browser_specific_settings: {
      gecko: { id: 'desk-reset@desk-reset.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}
