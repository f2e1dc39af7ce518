// The meeting sites whose calls hold a break (see the table below, written by the call-sites work).

/** The sites, in the order the settings name them. */
export const CALL_SITE_IDS = ['google-meet', 'zoom', 'teams', 'webex', 'jitsi', 'whereby'] as const;
export type CallSiteId = (typeof CALL_SITE_IDS)[number];
