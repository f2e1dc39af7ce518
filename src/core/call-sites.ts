// The meeting sites whose calls hold a break: one table, the only place that knows their addresses.
//
// A tab is "in a call" when its address is a meeting room of one of these sites. Desk Reset reads
// nothing but the address (optional host permissions for these hosts only, asked when the user
// turns the hold on), so each rule below tells a room from the site's home page, its launcher and
// its own other pages by the address alone. What an address cannot tell is said per site: where a
// lobby or a "you left" page keeps the room's address, it counts as the room. Such a tab holds a
// break no longer than any hold (the longest wait), and the break comes once the tab is closed or
// goes elsewhere. Only https; a look-alike host (meet.google.com.evil.com) is no site.
//
// Google Meet (meet.google.com): a room is /abc-defg-hij, the meeting code of three, four and
//   three letters (Meet's add-on SDK documents meetingCode "in the form of aaa-bbbb-ccc"). Not
//   rooms: / and /landing (home), /new (makes a room and moves there), /lookup/<nickname> (a
//   nickname or calendar link that moves to the room's code). The lobby ("Ready to join?") and
//   "You left the meeting" are shown at the room's address: the extensions that tell them apart
//   watch the page for the Leave call button, which Desk Reset cannot see. They count as the room.
// Zoom (zoom.us and its subdomains: app.zoom.us, us05web.zoom.us…): the web client, at
//   /wc/<meeting number>/join (or /start for the host) and /wc/join/<meeting number>. Its preview
//   before Join shares that address. Not rooms: /j/<number> and /s/<number>, the launcher pages
//   that hand the call to the Zoom app (the call is then not in the browser; tab closers treat them
//   as leftovers to close); /wc/leave and /postattendee, the pages after leaving; /wc/home and the
//   rest of the web app (chat, calendar).
// Microsoft Teams (teams.microsoft.com, teams.live.com for personal accounts, and
//   teams.cloud.microsoft, the domain Microsoft moves Teams to): the invitation /l/meetup-join/…,
//   the short link /meet/<digits>, the guest web client /light-meetings/launch (its pre-join screen
//   and the call share that address), /v2/?meetingjoin=true, and the web client's routes after the
//   # (/_#/l/meetup-join/…, #/meetup-join/…, #/pre-join-calling/…, #/calling/…, #/modern-calling/…,
//   #/meet/<digits>). Not rooms: the app (/ and /v2/), its chats (#/conversations/…) and
//   calendar, and /dl/launcher/… (the page that hands the call to the Teams app). A signed-in user's
//   call in the new Teams keeps /v2/ in the address bar the whole call, so it is not seen.
// Webex (webex.com and its subdomains, one per company site): a personal room /meet/<name>; the join
//   service that runs a guest's call, /wbxmjs/joinservice/sites/<site>/meeting/download/<id>; and
//   the older join page /webappng/sites/<site>/meeting/download/<id>. Not rooms: the site's home,
//   /webappng/sites/<site>/dashboard (where a guest lands after the meeting), a meeting's details
//   (…/meeting/info/<id>), recordings, www.webex.com's own pages.
// Jitsi Meet (meet.jit.si): a room is /<RoomName>, one path segment. Not rooms: / (home), the files
//   and folders the server keeps beside the rooms (/static/… with close.html, close2.html and
//   close3.html, the pages after hanging up; /libs/, /css/, /images/, /sounds/, /fonts/, /lang/,
//   /http-bind, /_api/…, names with a dot such as /config.js). The pre-join screen shares the room's address.
// Whereby (whereby.com, and <team>.whereby.com for companies and embedded rooms): a room is
//   /<room-name>, one segment of letters, digits and dashes. Not rooms: /, /user (the dashboard),
//   /information/… (the product pages), /org/…, /login, /signup, /pricing, /about. The knock
//   screen of a locked room shares the room's address.

import { CALL_SITE_NAMES, type CallSiteId } from './call-site-names';

export { CALL_SITE_IDS, callSiteName, type CallSiteId } from './call-site-names';

export interface CallSite {
  id: CallSiteId;
  /** The site's own name, in every language. */
  name: string;
  /** Match patterns of its hosts: the optional host permissions, and what tabs.query looks at. */
  patterns: readonly string[];
  /** Whether an address on one of those hosts is a meeting room. */
  room: (url: URL) => boolean;
}

/** One path segment (a trailing slash allowed), or null. */
function onlySegment(path: string): string | null {
  return /^\/([^/]+)\/?$/.exec(path)?.[1] ?? null;
}

const TEAMS_ROUTE = /^#\/(?:l\/)?(?:meetup-join\/|pre-join-calling\/|calling\/|modern-calling\/|meet\/\d)/;
const JITSI_FOLDERS = new Set(['static', 'libs', 'css', 'images', 'sounds', 'fonts', 'lang', 'connection_optimization', 'http-bind', 'xmpp-websocket', 'colibri-ws']);
const WHEREBY_PAGES = new Set(['information', 'user', 'org', 'login', 'signup', 'pricing', 'about']);

/** The table, in the order of CALL_SITE_IDS. */
export const CALL_SITES: readonly CallSite[] = [
  {
    id: 'google-meet',
    name: CALL_SITE_NAMES['google-meet'],
    patterns: ['https://meet.google.com/*'],
    room: (url) => /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/i.test(url.pathname),
  },
  {
    id: 'zoom',
    name: CALL_SITE_NAMES['zoom'],
    patterns: ['https://zoom.us/*', 'https://*.zoom.us/*'],
    room: (url) => /^\/wc\/(?:\d{9,}\/(?:join|start)|join\/\d{9,})\/?$/.test(url.pathname),
  },
  {
    id: 'teams',
    name: CALL_SITE_NAMES['teams'],
    patterns: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
    room: (url) =>
      url.pathname.startsWith('/l/meetup-join/') ||
      /^\/meet\/\d+\/?$/.test(url.pathname) ||
      /^\/light-meetings\/launch\/?$/.test(url.pathname) ||
      url.searchParams.get('meetingjoin') === 'true' ||
      TEAMS_ROUTE.test(url.hash),
  },
  {
    id: 'webex',
    name: CALL_SITE_NAMES['webex'],
    patterns: ['https://*.webex.com/*'],
    room: (url) =>
      /^\/meet\/[^/]+\/?$/.test(url.pathname) ||
      /^\/(?:wbxmjs\/joinservice|webappng)\/sites\/[^/]+\/meeting\/download\/[^/]+\/?$/.test(url.pathname),
  },
  {
    id: 'jitsi',
    name: CALL_SITE_NAMES['jitsi'],
    patterns: ['https://meet.jit.si/*'],
    room: (url) => {
      const name = onlySegment(url.pathname);
      return name !== null && !name.includes('.') && !name.startsWith('_') && !JITSI_FOLDERS.has(name.toLowerCase());
    },
  },
  {
    id: 'whereby',
    name: CALL_SITE_NAMES['whereby'],
    patterns: ['https://whereby.com/*', 'https://*.whereby.com/*'],
    room: (url) => {
      const name = onlySegment(url.pathname);
      return name !== null && /^[a-z0-9-]+$/i.test(name) && !WHEREBY_PAGES.has(name.toLowerCase());
    },
  },
];

/** Every host pattern of every site: the optional host permissions, asked for all together. */
export const CALL_HOST_PATTERNS: readonly string[] = CALL_SITES.flatMap((site) => site.patterns);

/** Whether a host falls under a pattern `https://host/*` or `https://*.host/*` (which takes the host itself too). */
function hostMatches(pattern: string, host: string): boolean {
  const wanted = pattern.slice('https://'.length, -'/*'.length);
  if (!wanted.startsWith('*.')) return host === wanted;
  const base = wanted.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

// Stryker disable BlockStatement: an empty catch gives undefined, which callSiteOf reads as it reads null (no https address); the other two blocks are killed (every address would read as none).
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Stryker restore BlockStatement
/** The site whose meeting room this address is; null for any other address, or for no address at all. */
export function callSiteOf(url: string): CallSiteId | null {
  const parsed = parse(url);
  if (parsed?.protocol !== 'https:') return null;
  const site = CALL_SITES.find((s) => s.patterns.some((p) => hostMatches(p, parsed.hostname)));
  return site?.room(parsed) ? site.id : null;
}

