// The meeting sites by name: what the popup needs to say which call a break waits for, without the
// table of their addresses (call-sites.ts), which only the worker and the settings read.

/** The sites, in the order the settings name them. */
export const CALL_SITE_IDS = ['google-meet', 'zoom', 'teams', 'webex', 'jitsi', 'whereby'] as const;
export type CallSiteId = (typeof CALL_SITE_IDS)[number];

/** Each site's own name, the same in every language. */
export const CALL_SITE_NAMES: Readonly<Record<CallSiteId, string>> = {
  'google-meet': 'Google Meet',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  webex: 'Webex',
  jitsi: 'Jitsi Meet',
  whereby: 'Whereby',
};

/** The site's name as the user knows it ("Google Meet"). */
export function callSiteName(id: CallSiteId): string {
  return CALL_SITE_NAMES[id];
}
