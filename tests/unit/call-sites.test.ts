import { describe, expect, it } from 'vitest';
import { CALL_HOST_PATTERNS, CALL_SITE_IDS, CALL_SITES, callSiteName, callSiteOf, type CallSiteId } from '../../src/core/call-sites';
import { matchesPattern } from './call-patterns';

// Issue 25, item 2: a tab is in a call when its address is a meeting room. Real addresses of each
// site (the shapes documented in src/core/call-sites.ts), and the pages of the same sites that are
// no call: home pages, launchers, the pages after leaving, help and account pages.

const rooms: Record<CallSiteId, string[]> = {
  'google-meet': [
    'https://meet.google.com/abc-defg-hij',
    'https://meet.google.com/jfz-atvy-hrh?authuser=1&pli=1',
    'https://meet.google.com/yfz-aivq-qrg/',
    'https://meet.google.com/ABC-DEFG-HIJ',
    'https://meet.google.com/abc-defg-hij#chat',
  ],
  zoom: [
    'https://app.zoom.us/wc/88395547586/join?pwd=4KcslVk8qLNSDcTSjalXdrLbGG8xmR.1',
    'https://app.zoom.us/wc/123456789/join?fromPWA=1',
    'https://us05web.zoom.us/wc/join/0123456789',
    'https://zoom.us/wc/join/0123456789',
    'https://zoom.us/wc/987654321/start',
    'https://acme.zoom.us/wc/81234567890/join/',
  ],
  teams: [
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mjg3ZDE1NDctNTYyZS00NWFjLTk3MmQtNTk5YzkyYzQ1Yjk2%40thread.v2/0?context=%7b%22Tid%22%3a%2231ebb41f%22%7d',
    'https://teams.microsoft.com/_#/l/meetup-join/19:meeting_abc@thread.v2/0',
    'https://teams.microsoft.com/_#/meetup-join/19:meeting_abc@thread.v2/0',
    'https://teams.microsoft.com/_#/pre-join-calling/19:meeting_NGU1OGFmYTEtZTIw@thread.v2',
    'https://teams.microsoft.com/_#/calling/19:meeting_abc@thread.v2',
    'https://teams.microsoft.com/_#/modern-calling/',
    'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_abc@thread.v2/0?context=%7b%7d&anon=true',
    'https://teams.microsoft.com/v2/?meetingjoin=true#/meet/352026135202?p=ve7NYu&anon=true',
    'https://teams.microsoft.com/v2/?meetingjoin=true',
    'https://teams.microsoft.com/meet/1234567890123?p=AbCd1234EfGh',
    'https://teams.live.com/meet/9876543210987?p=xyz',
    'https://teams.live.com/light-meetings/launch?anon=true&launchAgent=join_launcher_web&coords=eyJtZWV0aW5nQ29kZSI6IjEifQ%3D%3D',
    'https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    'https://teams.microsoft.com/_#/meet/352026135202?p=ve7NYu',
  ],
  webex: [
    'https://acme.webex.com/meet/juan.perez',
    'https://example.webex.com/meet/userroom/',
    'https://veteransaffairs.webex.com/wbxmjs/joinservice/sites/veteransaffairs/meeting/download/0602006047574141a9f001afcc3a873c?siteurl=veteransaffairs&MTID=mf85a5856faead97291fe0ce7cfacfb00',
    'https://meet1655.webex.com/wbxmjs/joinservice/sites/meet1655/meeting/download/6A5E9486079F2D17E0531AA2FD0A881B',
    'https://hongik.webex.com/webappng/sites/hongik/meeting/download/2a4207383ca39b17bf95bce4e71fdf2f?launchApp=true',
    // The pattern https://*.webex.com/* takes webex.com itself too.
    'https://webex.com/meet/juan.perez',
  ],
  jitsi: [
    'https://meet.jit.si/ReunionSemanal',
    'https://meet.jit.si/ReunionSemanal#config.startWithAudioMuted=true',
    'https://meet.jit.si/my-team-standup/',
    'https://meet.jit.si/Caf%C3%A9Conversations',
    'https://meet.jit.si/team_',
  ],
  whereby: [
    'https://whereby.com/equipo-ventas',
    'https://whereby.com/Team-Standup',
    'https://mydomain.whereby.com/8d9c4219-483e-44fe-c826-c70ce1439018',
    'https://nickrolls.whereby.com/customer123-172aa26e-802a-41a6-ba1f-142792c4f42?roomKey=eFhcG',
  ],
};

const notRooms: Record<CallSiteId, string[]> = {
  'google-meet': [
    'https://meet.google.com/',
    'https://meet.google.com',
    'https://meet.google.com/landing',
    'https://meet.google.com/landing?authuser=0',
    'https://meet.google.com/new',
    'https://meet.google.com/lookup/itypedthismeeturl',
    'https://meet.google.com/abc-defg',
    'https://meet.google.com/abcd-efg-hij',
    'https://meet.google.com/abc-defg-hij/extra',
    'https://meet.google.com/123-4567-890',
    'https://support.google.com/meet/answer/9303164',
    'https://calendar.google.com/calendar/u/0/r',
  ],
  zoom: [
    'https://zoom.us/',
    'https://us05web.zoom.us/j/88395547586?pwd=4KcslVk8qLNSDcTSjalXdrLbGG8xmR.1#success',
    'https://zoom.us/s/987654321',
    'https://zoom.us/my/jane.doe',
    'https://zoom.us/signin',
    'https://zoom.us/pricing',
    'https://support.zoom.us/hc/en-us',
    'https://app.zoom.us/wc/home',
    'https://app.zoom.us/wc/team-chat',
    'https://app.zoom.us/wc/calendar',
    'https://zoom.us/wc/leave',
    'https://app.zoom.us/wc/leave?meetingId=123456789',
    'https://us05web.zoom.us/postattendee?mn=Ue86cW53AzC7_eF6yBR4S-_YCUn8EBAi0dM.z-8p07tRRK-kuwXh',
    'https://zoom.us/wc/123/join',
    'https://notzoom.us/wc/123456789/join',
  ],
  teams: [
    'https://teams.microsoft.com/',
    'https://teams.microsoft.com/v2/',
    'https://teams.live.com/v2/',
    'https://teams.cloud.microsoft/',
    'https://teams.microsoft.com/_#/conversations/General?threadId=19:x',
    'https://teams.microsoft.com/v2/#/conversations/19:meeting_abc@thread.v2',
    'https://teams.microsoft.com/_#/calendarv2',
    'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_abc&type=meetup-join',
    'https://teams.live.com/',
    'https://teams.microsoft.com.evil.com/l/meetup-join/19%3ameeting_abc',
  ],
  webex: [
    'https://acme.webex.com/',
    'https://acme.webex.com/meet/',
    'https://acme.webex.com/webappng',
    'https://acme.webex.com/webappng/sites/acme/dashboard',
    'https://politecnicomilano.webex.com/webappng/sites/politecnicomilano/dashboard?siteurl=politecnicomilano',
    'https://acme.webex.com/webappng/sites/acme/meeting/info/12345',
    'https://iso-newengland.webex.com/webappng/sites/iso-newengland/meeting/home',
    'https://wgu.webex.com/webappng/sites/wgu/recording/bf6e7b5d5d06103abd8f005056815ee6/playback',
    'https://hf3mjs.webex.com/wbxmjs/joinservice/health?AT=LB&domain=hf3wd',
    'https://www.webex.com/pricing',
    'https://help.webex.com/en-us/article/nul0wut',
  ],
  jitsi: [
    'https://meet.jit.si/',
    'https://meet.jit.si/static/close.html',
    'https://meet.jit.si/static/close2.html',
    'https://meet.jit.si/static/close3.html',
    'https://meet.jit.si/static/dialInInfo.html?room=ReunionSemanal',
    'https://meet.jit.si/static',
    'https://meet.jit.si/libs/external_api.min.js',
    'https://meet.jit.si/external_api.js',
    'https://meet.jit.si/config.js',
    'https://meet.jit.si/http-bind',
    'https://meet.jit.si/_api/room-info',
    'https://meet.jit.si/_unlock',
    ...['libs', 'css', 'images', 'sounds', 'fonts', 'lang', 'connection_optimization', 'xmpp-websocket', 'colibri-ws'].map((folder) => `https://meet.jit.si/${folder}`),
    'https://meet.jit.si/ReunionSemanal/extra',
    'https://jitsi.org/',
  ],
  whereby: [
    'https://whereby.com/',
    'https://whereby.com/user',
    'https://whereby.com/information/tos',
    'https://whereby.com/information/pricing/',
    'https://whereby.com/information',
    'https://whereby.com/org',
    'https://whereby.com/org/acme',
    'https://whereby.com/login',
    'https://whereby.com/signup',
    'https://whereby.com/pricing',
    'https://whereby.com/about',
    'https://whereby.com/favicon.ico',
    'https://docs.whereby.com/whereby-101/create-your-video',
  ],
};

const garbage = [
  '',
  'not a url',
  'meet.google.com/abc-defg-hij',
  '//meet.google.com/abc-defg-hij',
  'http://meet.google.com/abc-defg-hij',
  'http://app.zoom.us/wc/123456789/join',
  'http://meet.jit.si/ReunionSemanal',
  'wss://meet.jit.si/ReunionSemanal',
  'chrome://newtab/',
  'about:blank',
  'file:///C:/meet.google.com/abc-defg-hij',
  'https://meet.google.com.evil.com/abc-defg-hij',
  'https://evilmeet.google.com/abc-defg-hij',
  'https://evilzoom.us/wc/123456789/join',
  'https://meet.jit.si.example.org/ReunionSemanal',
  'https://notwhereby.com/equipo-ventas',
  'https://example.com/meet.google.com/abc-defg-hij',
  'https://meet.google.com@evil.com/abc-defg-hij',
  'https://[::1]/abc-defg-hij',
  'https://%/',
  'https://meet.google.com:99999/abc-defg-hij',
];

describe('callSiteOf', () => {
  describe.each(CALL_SITE_IDS)('%s', (id) => {
    it.each(rooms[id])('a room: %s', (url) => {
      expect(callSiteOf(url)).toBe(id);
    });
    it.each(notRooms[id])('no room: %s', (url) => {
      expect(callSiteOf(url)).toBeNull();
    });
  });

  it.each(garbage)('no call, and no error, for %j', (url) => {
    expect(callSiteOf(url)).toBeNull();
  });

  // A room's shape must be the whole path (or the start of Teams' route): more before or after it is another page.
  it.each([
    'https://meet.google.com/lookup/abc-defg-hij',
    'https://zoom.us/s/wc/123456789/join',
    'https://app.zoom.us/wc/123456789/join/leave',
    'https://teams.microsoft.com/dl/meet/1234567890123',
    'https://teams.microsoft.com/meet/1234567890123/details',
    'https://teams.live.com/x/light-meetings/launch',
    'https://teams.live.com/light-meetings/launcher',
    'https://teams.microsoft.com/_#/conversations/19:abc?ctx=#/calling/',
    'https://acme.webex.com/help/meet/juan.perez',
    'https://acme.webex.com/meet/juan.perez/settings',
    'https://acme.webex.com/x/webappng/sites/acme/meeting/download/0602006047574141',
    'https://acme.webex.com/webappng/sites/acme/meeting/download/0602006047574141/recording',
    'https://acme.webex.com/docs/wbxmjs/joinservice/sites/acme/meeting/download/0602006047574141',
  ])('no room where a room\u2019s shape is only part of the address: %s', (url) => {
    expect(callSiteOf(url)).toBeNull();
  });
});

describe('the table', () => {
  it('has one row per site, in the order of the settings and the busy reasons', () => {
    expect(CALL_SITES.map((s) => s.id)).toEqual([...CALL_SITE_IDS]);
  });

  it('names each site as it calls itself', () => {
    expect(CALL_SITE_IDS.map(callSiteName)).toEqual(['Google Meet', 'Zoom', 'Microsoft Teams', 'Webex', 'Jitsi Meet', 'Whereby']);
    expect(CALL_SITES.map((s) => s.name)).toEqual(CALL_SITE_IDS.map(callSiteName));
  });

  it('asks for https hosts only, each pattern once, all of every site', () => {
    expect(CALL_HOST_PATTERNS).toEqual(CALL_SITES.flatMap((s) => s.patterns));
    expect(new Set(CALL_HOST_PATTERNS).size).toBe(CALL_HOST_PATTERNS.length);
    for (const pattern of CALL_HOST_PATTERNS) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('reads the rooms through the permission it asks for: the browser shows each room to tabs.query', () => {
    for (const url of Object.values(rooms).flat()) expect(CALL_HOST_PATTERNS.some((p) => matchesPattern(p, url)), url).toBe(true);
  });

  it('asks for no host of another site', () => {
    for (const url of ['https://www.google.com/', 'https://calendar.google.com/', 'https://microsoft.com/', 'https://jit.si/', 'https://example.com/']) {
      expect(CALL_HOST_PATTERNS.some((p) => matchesPattern(p, url)), url).toBe(false);
    }
  });
});
