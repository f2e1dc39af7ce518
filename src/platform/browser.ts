// The only import of the polyfill: every browser call in the project goes through src/platform.
import browser from 'webextension-polyfill';

export default browser;
export type { Alarms, Notifications, Runtime, Storage, Windows } from 'webextension-polyfill';
