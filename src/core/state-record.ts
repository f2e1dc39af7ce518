import { isDrillId, type DrillId } from './catalog/ids';
import { isPlainObject } from './schema';
import { rememberDrill, type State } from './state';

// The state record is shared with older and newer versions of Desk Reset on this computer (an
// update, then a rollback). What this version writes is its own view of the fields it knows;
// whatever else the stored record holds, it keeps as it found it.

type Json = Record<string, unknown>;

const known = { has: isDrillId };

/** The record to store: `next` over `stored`, with the fields and drills this version does not know kept untouched. */
export function stateRecord(next: State, stored: unknown): Json {
  if (!isPlainObject(stored)) return next;
  const p = next.pending;
  const old = isPlainObject(stored.pending) ? stored.pending : null;
  // Each record is the stored one with this version's view spread over it, so every field it knows is
  // its own and any other (even one named like toString) is as stored. Unknown members of a nested
  // record belong to that break or pause: kept while it goes on, gone with it.
  const samePending = p !== null && old !== null && old.dueAt === p.dueAt;
  const oldWaiting = samePending && isPlainObject(old.waiting) ? old.waiting : null;
  const pending = p && samePending
    ? {
        ...old,
        ...p,
        swapped: drillList(old.swapped, p.swapped, 'end'),
        waiting: p.waiting && oldWaiting?.since === p.waiting.since ? { ...oldWaiting, ...p.waiting } : p.waiting,
      }
    : p;
  const oldPause = isPlainObject(stored.pause) ? stored.pause : null;
  const pause = next.pause && oldPause?.since === next.pause.since ? { ...oldPause, ...next.pause } : next.pause;
  const oldPosture = isPlainObject(stored.posture) ? stored.posture : null;
  // This version never forgets a reset once it has one: with none in its view, what is stored (nothing,
  // or a newer version's reset it cannot read) stays as it is.
  const { posture: ours, ...rest } = next;
  const posture = ours ? { posture: oldPosture?.at === ours.at ? { ...oldPosture, ...ours } : ours } : {};
  return { ...stored, ...rest, ...posture, pending, pause, recentDrills: drillList(stored.recentDrills, next.recentDrills, 'front') };
}

/**
 * A list of drills as this version changed it, with the members it does not know (a newer
 * version's drills) in their places. The worker only ever moves a drill to the front of the
 * recent drills (a drill done) or adds one at the end of a break's swapped drills; any other
 * change puts the unknown members last.
 */
function drillList(stored: unknown, next: readonly DrillId[], grows: 'front' | 'end'): unknown[] {
  if (!Array.isArray(stored)) return [...next];
  // What this version read of it, as the schema reads a list: known drills, each once.
  const read = [...new Set(stored.filter((m): m is DrillId => known.has(m)))];
  const same = (a: readonly DrillId[], b: readonly DrillId[]) => a.length === b.length && a.every((m, i) => m === b[i]);
  if (same(next, read)) return stored;
  const first = next[0];
  // Moved to the front, perhaps with drills that are gone left out (forgetGone): the rest in place.
  const kept = new Set(next);
  if (
    grows === 'front' &&
    // Stryker disable next-line ConditionalExpression: with no drill first, rememberDrill's list is longer than next, so `same` says no all the same; the check is for TypeScript.
    first !== undefined &&
    same(next, rememberDrill(read, first).filter((m) => kept.has(m)))
  ) {
    return [first, ...stored.filter((m) => m !== first && (!known.has(m) || kept.has(m)))];
  }
  if (grows === 'end' && same(next.slice(0, read.length), read)) return [...stored, ...next.slice(read.length)];
  return [...next, ...stored.filter((m) => !known.has(m))];
}
