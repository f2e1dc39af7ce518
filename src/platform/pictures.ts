import browser from './browser';
import type { OwnId } from '../core/catalog/ids';
import { MAX_PICTURES, picturesLeft } from '../core/picture';

// The pictures of the user's own drills, in storage.local (one key each, `picture.<id>`, a data
// URL): too big for storage.sync, so each stays on the computer it was added on. One lock for all
// of them, since the limit counts them all.

export const PICTURE_PREFIX = 'picture.';
export const PICTURES_LOCK = 'desk-reset-pictures';
/** storage.local's quota where the browser does not say (Chrome's without unlimitedStorage). */
const LOCAL_QUOTA = 10 * 1024 * 1024;

/** The storage.local key of a drill's picture. */
export const pictureKey = (id: OwnId): string => `${PICTURE_PREFIX}${id}`;

async function storedPictureKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(PICTURE_PREFIX));
}

export async function loadPicture(id: OwnId): Promise<string | null> {
  const raw = (await browser.storage.local.get(pictureKey(id)))[pictureKey(id)];
  return typeof raw === 'string' ? raw : null;
}

export class PictureLimitError extends Error {
  constructor() {
    super(`At most ${MAX_PICTURES} pictures are stored.`);
  }
}

/** Stores a drill's picture (replacing its old one); past the limit it rejects with PictureLimitError and stores nothing. */
export function savePicture(id: OwnId, dataUrl: string): Promise<void> {
  return navigator.locks.request(PICTURES_LOCK, async () => {
    const keys = await storedPictureKeys();
    if (!keys.includes(pictureKey(id)) && picturesLeft(keys.length) === 0) throw new PictureLimitError();
    await browser.storage.local.set({ [pictureKey(id)]: dataUrl });
  });
}

export function removePicture(id: OwnId): Promise<void> {
  return navigator.locks.request(PICTURES_LOCK, () => browser.storage.local.remove(pictureKey(id)));
}

/** How many pictures are stored and may still be, and the bytes storage.local has left. */
export async function pictureSpace(): Promise<{ stored: number; left: number; bytesFree: number }> {
  const all = await browser.storage.local.get(null);
  const stored = Object.keys(all).filter((k) => k.startsWith(PICTURE_PREFIX)).length;
  // Firefox has no getBytesInUse on every version: the JSON size is close to what the browser counts.
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  // An async call, so a browser that throws at once (rather than rejecting) is measured the other way too.
  const used = await (async () => (local.getBytesInUse ? local.getBytesInUse(null) : JSON.stringify(all).length))().catch(() => JSON.stringify(all).length);
  return { stored, left: picturesLeft(stored), bytesFree: Math.max(0, LOCAL_QUOTA - used) };
}
