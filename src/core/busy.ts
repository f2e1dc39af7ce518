import { CALL_SITE_IDS, type CallSiteId } from './call-site-names';
import type { Settings } from './settings';
import type { State } from './state';

// Why a break must wait: the user is presenting, on a call, or said they are in a meeting. The
// worker asks the browser for the signals; this decides what they mean.

/** A call names its site (`call-google-meet`), so the popup can say which call the break waits for. */
export type CallReason = `call-${CallSiteId}`;
export const CALL_REASONS = CALL_SITE_IDS.map((id): CallReason => `call-${id}`);
export const BUSY_REASONS = ['meeting', 'fullscreen', 'audio', ...CALL_REASONS] as const;
export type BusyReason = 'meeting' | 'fullscreen' | 'audio' | CallReason;

/** The site of a call a break waits for; null for any other reason. */
export function callSiteOfReason(reason: BusyReason): CallSiteId | null {
  return reason.startsWith('call-') ? (reason.slice(5) as CallSiteId) : null;
}

/** What the browser says right now. */
export interface BusySignals {
  /** A browser window is full screen. */
  fullscreen: boolean;
  /** A tab is playing sound. */
  audible: boolean;
  /** A tab is in a meeting room of this site (only read once the user allowed the meeting sites). */
  call: CallSiteId | null;
}

/** The meeting lengths the popup offers. */
export const MEETING_MINUTES = [30, 60] as const;

/** How often a held break looks again for the signal to end, where the browser sends no event. */
export const HOLD_CHECK_MINUTES = 1;

type HoldSettings = Pick<Settings, 'holdForFullscreen' | 'holdForAudio' | 'holdForCalls'>;

/** When to look again at a waiting break: in a minute, while one waits and the user is at the desk; else never. */
export function holdCheckAt(state: Pick<State, 'pending' | 'awaySince'>, now: number): number | null {
  return state.pending?.waiting && state.awaySince === null ? now + HOLD_CHECK_MINUTES * 60_000 : null;
}

/** Which signals are worth asking the browser about: only those the settings hold breaks for. */
export function signalsWanted(settings: HoldSettings): SignalsWanted {
  return { fullscreen: settings.holdForFullscreen, audible: settings.holdForAudio, call: settings.holdForCalls };
}

export interface SignalsWanted {
  fullscreen: boolean;
  audible: boolean;
  call: boolean;
}

/** Why a break must wait now, the user's own word first; null when nothing holds it. */
export function busyReason(signals: BusySignals, settings: HoldSettings, meetingUntil: number | null, now: number): BusyReason | null {
  // Stryker disable next-line ConditionalExpression: without the null check, null > now is false all the same (now is past 1970); it is kept to say so.
  if (meetingUntil !== null && meetingUntil > now) return 'meeting';
  // A call is named before the full screen or the sound it may also make: the popup says which call.
  if (settings.holdForCalls && signals.call) return `call-${signals.call}`;
  if (settings.holdForFullscreen && signals.fullscreen) return 'fullscreen';
  if (settings.holdForAudio && signals.audible) return 'audio';
  return null;
}
