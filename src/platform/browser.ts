import type { Browser } from 'webextension-polyfill';

// The one handle on the extension API. Firefox provides `browser`; Chrome (127 and later, our
// minimum) provides `chrome` with the same promise-returning calls for every API we use, so a
// polyfill would only add weight. The types still come from webextension-polyfill.
const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
const api = scope.browser ?? scope.chrome;

export default api;
export type { Alarms, Notifications, Runtime, Storage, Windows } from 'webextension-polyfill';
