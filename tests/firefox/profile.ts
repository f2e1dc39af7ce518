import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GECKO_ID = 'desk-reset@desk-reset.app';
/** Pinned in the profile, so the extension's pages have one known origin in every run. */
export const EXTENSION_UUID = '6d2f5a34-0c7b-4d55-9a36-1d6c3e8b5f10';
export const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * What the extension's tests need from Firefox, and what keeps a headless Firefox quiet: it starts
 * on a blank page, asks nothing, and has no reason to reach the network (no updates, telemetry,
 * studies, safe-browsing lists, captive-portal or connectivity probes, remote settings, push).
 * Every request that still tries goes to `proxyPort`, where the harness can see it.
 */
export function prefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Without D-Bus the system backend drops every notification: notifications.getAll() stays empty.
    'alerts.useSystemBackend': false,
    // A headless window never has the OS focus; test mode lets the toolbar popup open anyway.
    'focusmanager.testmode': true,
    // Console messages of every context, extension pages and the event page included, reach stdout.
    'devtools.console.stdout.content': true,
    'browser.dom.window.dump.enabled': true,
    // The zip the restart test installs is unsigned.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.discovery.api_url': 'data:,',
    'extensions.blocklist.enabled': false,
    // Quiet start: no welcome, no default-browser question, no session restore.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'startup.homepage_welcome_url': 'about:blank',
    'startup.homepage_welcome_url.additional': '',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.tabs.warnOnClose': false,
    'browser.warnOnQuit': false,
    'termsofuse.bypassNotification': true,
    'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
    // Nothing phones home.
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'browser.region.network.url': '',
    'browser.search.update': false,
    'browser.discovery.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'dom.push.connection.enabled': false,
    // Media plugins (OpenH264, Widevine) update themselves from Mozilla's and Google's servers.
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': 'data:,',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'media.eme.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/** A new, empty profile folder. */
export function createProfile(): string {
  return mkdtempSync(join(tmpdir(), 'desk-reset-firefox-'));
}

/** Firefox reads user.js at every start, so each launch writes it again with that launch's proxy port. */
export function writePrefs(profile: string, proxyPort: number): void {
  const lines = Object.entries(prefs(proxyPort)).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(profile, 'user.js'), `${lines.join('\n')}\n`);
}
