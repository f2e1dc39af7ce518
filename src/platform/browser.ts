import browser from 'webextension-polyfill';

// The one handle on the extension API: Firefox's own `browser`, or Chrome's `chrome` behind the
// polyfill's promise forms (an onMessage listener that returns a promise, for one). Everything
// else in src/platform reaches the browser through this module.
export default browser;
export type { Alarms, Notifications, Runtime, Storage, Windows } from 'webextension-polyfill';
