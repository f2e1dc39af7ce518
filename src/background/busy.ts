import { busyReason, signalsWanted, type BusyReason } from '../core/busy';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import { readSignals } from '../platform/busy';

/** Why a break would have to wait right now, from the browser's signals and the user's meeting. */
export async function busyNow(settings: Settings, state: Pick<State, 'meetingUntil'>, now: number): Promise<BusyReason | null> {
  return busyReason(await readSignals(signalsWanted(settings)), settings, state.meetingUntil, now);
}
