import { zoneMoved } from '../platform/zone';
import { reschedule } from './scheduler';

/**
 * For events that set no alarm themselves (a heads-up, the badge): if the clock's zone changed
 * since the alarms were set, sets them again, so a routine comes at the new zone's clock time.
 * Every dispatch sets them anyway; this catches a change no dispatch has seen yet.
 */
export async function followZone(now: number): Promise<void> {
  if (await zoneMoved()) await reschedule(now);
}
