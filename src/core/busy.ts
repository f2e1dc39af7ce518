import type { Settings } from './settings';
import type { State } from './state';

// Why a break must wait: the user is presenting, on a call, or said they are in a meeting. The
// worker asks the browser for the signals; this decides what they mean.

export const BUSY_REASONS = ['meeting', 'fullscreen', 'audio'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

/** What the browser says right now. */
export interface BusySignals {
  /** A browser window is full screen. */
  fullscreen: boolean;
  /** A tab is playing sound. */
  audible: boolean;
}

/** The meeting lengths the popup offers. */
export const MEETING_MINUTES = [30, 60] as const;

/** How often a held break looks again for the signal to end, where the browser sends no event. */
export const HOLD_CHECK_MINUTES = 1;

type HoldSettings = Pick<Settings, 'holdForFullscreen' | 'holdForAudio'>;

/** When to look again at a waiting break: in a minute, while one waits and the user is at the desk; else never. */
export function holdCheckAt(state: Pick<State, 'pending' | 'awaySince'>, now: number): number | null {
  return state.pending?.waiting && state.awaySince === null ? now + HOLD_CHECK_MINUTES * 60_000 : null;
}

/** Which signals are worth asking the browser about: only those the settings hold breaks for. */
export function signalsWanted(settings: HoldSettings): { fullscreen: boolean; audible: boolean } {
  return { fullscreen: settings.holdForFullscreen, audible: settings.holdForAudio };
}

/** Why a break must wait now, the user's own word first; null when nothing holds it. */
export function busyReason(signals: BusySignals, settings: HoldSettings, meetingUntil: number | null, now: number): BusyReason | null {
  // Stryker disable next-line ConditionalExpression: without the null check, null > now is false all the same (now is past 1970); it is kept to say so.
  if (meetingUntil !== null && meetingUntil > now) return 'meeting';
  if (settings.holdForFullscreen && signals.fullscreen) return 'fullscreen';
  if (settings.holdForAudio && signals.audible) return 'audio';
  return null;
}
