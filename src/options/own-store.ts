import type { OwnId } from '../core/catalog/ids';
import { msg, type Msg } from '../core/i18n';
import type { OwnDrill } from '../core/own-drill';
import { newOwnId } from '../core/own-world';
import { writeFailure } from '../platform/live';
import { deleteOwnDrill, loadOwnDrills, restoreOwnDrill, saveOwnDrill } from '../platform/own-drills';
import { isPlainObject } from '../core/schema';
import { loadOrgDrills } from '../platform/org-drills';
import { loadPicture, PictureLimitError, removePicture, savePicture } from '../platform/pictures';
import { readPictureUrl } from '../ui/picture-file';

// What the library does to the user's drills and their pictures, each step undone when a later
// one is refused, so a refused write leaves storage as it was and the form as the user left it.

export type Outcome = { ok: true } | { ok: false; problem: Msg };

const refused = (problem: Msg): Outcome => ({ ok: false, problem });
const done: Outcome = { ok: true };

/**
 * Why a write was refused, in the user's words. A drill in storage.sync meets limits settings do
 * not: its own size and the space all synced data shares; a picture, the space on this computer.
 */
function failure(error: unknown, area: 'sync' | 'local'): Msg | string {
  const text = String(error);
  if (area === 'local' && /quota/i.test(text)) return msg('own_quota_local');
  if (/QUOTA_BYTES_PER_ITEM/.test(text)) return msg('own_quota_item');
  if (/QUOTA_BYTES|MAX_ITEMS/.test(text)) return msg('own_quota_full');
  return writeFailure(error);
}

/** Why a picture could not be stored, in the user's words. */
export function pictureRefusal(error: unknown): Msg {
  return error instanceof PictureLimitError ? msg('own_picture_limit') : msg('own_picture_failed', failure(error, 'local'));
}

/** Puts a drill's picture back as it was (none, or `before`). */
function restorePicture(id: OwnId, before: string | null): Promise<void> {
  return (before === null ? removePicture(id) : savePicture(id, before)).catch(() => undefined);
}

/**
 * Stores a drill with the picture the form holds (`picture`), `before` being the picture it had.
 * The picture goes first: past the limit nothing is written.
 */
export async function storeDrill(drill: OwnDrill, picture: string | null, before: string | null): Promise<Outcome> {
  const id = drill.id as OwnId;
  const newPicture = picture !== null && picture !== before;
  if (newPicture) {
    try {
      await savePicture(id, picture);
    } catch (error) {
      return refused(pictureRefusal(error));
    }
  }
  try {
    await saveOwnDrill({ ...drill, picture: null });
  } catch (error) {
    if (newPicture) await restorePicture(id, before);
    return refused(msg('own_save_failed', failure(error, 'sync')));
  }
  if (picture === null && before !== null) await removePicture(id).catch(() => undefined);
  return done;
}

/** One of the user's or the organisation's drills as stored, with its picture. */
export async function loadOwn(id: string): Promise<{ drill: OwnDrill; picture: string | null } | null> {
  const own = (await loadOwnDrills()).find((d) => d.id === id);
  if (own) return { drill: own, picture: await loadPicture(own.id as OwnId) };
  const org = (await loadOrgDrills()).find((d) => d.id === id);
  return org ? { drill: org, picture: org.picture } : null;
}

export type Copied = { ok: true; id: OwnId; problem: Msg | null } | { ok: false; problem: Msg };

/**
 * A copy of a drill as a new own drill named `name`, its picture copied. Past the picture limit
 * the copy is kept without it and `problem` says why.
 */
export async function duplicateDrill(source: { drill: OwnDrill; picture: string | null }, name: string, random: () => number): Promise<Copied> {
  const id = newOwnId(random);
  try {
    await saveOwnDrill({ ...source.drill, id, name, picture: null });
  } catch (error) {
    return { ok: false, problem: msg('own_save_failed', failure(error, 'sync')) };
  }
  if (source.picture === null) return { ok: true, id, problem: null };
  // An organisation's picture came in its policy as given: drawn afresh, like a file's, before it is stored.
  const read = source.drill.id.startsWith('org-') ? await readPictureUrl(source.picture) : { ok: true as const, url: source.picture };
  if (!read.ok) return { ok: true, id, problem: read.problem };
  try {
    await savePicture(id, read.url);
    return { ok: true, id, problem: null };
  } catch (error) {
    return { ok: true, id, problem: pictureRefusal(error) };
  }
}

/** Deletes a drill and its picture at once; the caller keeps both, and the record as stored, to undo. */
export async function deleteDrill(id: OwnId): Promise<{ ok: true; stored: unknown } | { ok: false; problem: Msg }> {
  let stored: unknown;
  try {
    stored = await deleteOwnDrill(id);
  } catch (error) {
    return { ok: false, problem: msg('own_delete_failed', failure(error, 'sync')) };
  }
  await removePicture(id).catch(() => undefined);
  return { ok: true, stored };
}

/**
 * Undoes a delete: the drill and its picture stored again under the same id, so its level and
 * history still apply; the record as it was stored (`stored`) where there is one, so the drill
 * keeps its place and what a newer version wrote in it.
 */
export async function restoreDrill(drill: OwnDrill, picture: string | null, stored?: unknown): Promise<Outcome> {
  if (!isPlainObject(stored)) return storeDrill(drill, picture, null);
  const id = drill.id as OwnId;
  if (picture !== null) {
    try {
      await savePicture(id, picture);
    } catch (error) {
      return refused(pictureRefusal(error));
    }
  }
  try {
    await restoreOwnDrill(id, stored);
    return done;
  } catch (error) {
    if (picture !== null) await restorePicture(id, null);
    return refused(msg('own_restore_failed', failure(error, 'sync')));
  }
}
