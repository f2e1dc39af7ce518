import { isUsersId, type OwnId } from './catalog/ids';
import { checkOwnDrill, type OwnDrill } from './own-drill';
import { isPlainObject } from './schema';

// The user's own drills in storage.sync, one key each (`own.<id>`), so they follow the user to
// their other computers and two computers editing two drills never write over each other. A
// drill's picture is too big for sync and stays in storage.local (platform/pictures.ts). Stored
// drills are shared with older and newer versions: a read never writes, a drill this version
// cannot read stays stored untouched, and a write keeps the fields it does not know.

export const OWN_KEY_PREFIX = 'own.';

export const ownKey = (id: OwnId): string => `${OWN_KEY_PREFIX}${id}`;

/** The id a storage key holds a drill for, or null for any other key. */
export function ownIdOf(key: string): OwnId | null {
  const id = key.startsWith(OWN_KEY_PREFIX) ? key.slice(OWN_KEY_PREFIX.length) : null;
  return isUsersId(id) ? id : null;
}

/**
 * The drills this version can read from the sync items, in the order they were added, and how
 * many it left out (another version's drill in a shape this one does not know, or a broken one).
 */
export function readOwnDrills(items: Record<string, unknown>): { drills: OwnDrill[]; unreadable: number } {
  const read: { drill: OwnDrill; added: number }[] = [];
  let unreadable = 0;
  for (const [key, raw] of Object.entries(items)) {
    const id = ownIdOf(key);
    if (!id) continue;
    // Stored without its picture: a picture in sync would be another version's, read from local instead.
    const result = checkOwnDrill(id, isPlainObject(raw) ? { ...raw, picture: null } : raw);
    if (!result.ok) unreadable++;
    else read.push({ drill: result.drill, added: isPlainObject(raw) && typeof raw.added === 'number' ? raw.added : 0 });
  }
  read.sort((a, b) => a.added - b.added || (a.drill.id < b.drill.id ? -1 : 1));
  return { drills: read.map((r) => r.drill), unreadable };
}

/**
 * The record to store for `drill` over what is stored (`stored`): this version's fields, the
 * fields it does not know kept as they were, when it was first added kept, its picture never.
 */
export function ownRecord(drill: OwnDrill, stored: unknown, now: number): Record<string, unknown> {
  const { id: _id, picture: _picture, ...fields } = drill;
  const old = isPlainObject(stored) ? stored : {};
  const added = typeof old.added === 'number' ? old.added : now;
  // A dose's fields this version does not know (a newer version's) stay while the kind is the same.
  const oldDose = isPlainObject(old.dose) && old.dose.kind === drill.dose.kind ? old.dose : {};
  const dose: Record<string, unknown> = { ...oldDose, ...drill.dose };
  if (!('rest' in drill.dose)) delete dose.rest;
  if (!('tempo' in drill.dose)) delete dose.tempo;
  return { ...old, ...fields, dose, added };
}
