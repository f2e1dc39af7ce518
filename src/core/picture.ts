import { msg, type Msg } from './i18n';

// The rules for a picture of an own drill, before and after the page decodes and redraws it. The
// type is read from the file's first bytes, not its name or the type the browser claims: a file
// named .png that holds an SVG (text, maybe script) is refused here and never reaches a decoder.

export const PICTURE_MAX_BYTES = 2 * 1024 * 1024;
/** The longest side of a stored picture, in pixels. */
export const PICTURE_MAX_SIDE = 480;
/** Pictures stored at most: each is a few tens of KB re-encoded, well inside storage.local. */
export const MAX_PICTURES = 40;

export type PictureType = 'image/png' | 'image/jpeg' | 'image/webp';

const starts = (bytes: Uint8Array, sig: readonly number[], offset = 0) => sig.every((b, i) => bytes[offset + i] === b);

/** The picture type the bytes begin with, or null for anything else. */
export function sniffPicture(bytes: Uint8Array): PictureType | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF, four bytes of length, then WEBP.
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** Why a chosen file cannot be a picture, or null: `head` is at least its first 12 bytes. */
export function pictureProblem(size: number, head: Uint8Array): Msg | null {
  if (size === 0) return msg('picture_empty');
  if (size > PICTURE_MAX_BYTES) {
    const tenths = Math.round(size / 104_857.6);
    return msg('picture_too_big', Math.floor(tenths / 10), tenths % 10);
  }
  return sniffPicture(head) ? null : msg('picture_not_image');
}

/** The size to redraw a picture at: its own, or scaled down so its longer side is PICTURE_MAX_SIDE. */
export function fitPicture(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, PICTURE_MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** How many more pictures may be stored: 0 means the next one is refused. */
export function picturesLeft(stored: number): number {
  return Math.max(0, MAX_PICTURES - stored);
}

const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]*={0,2})$/;

/**
 * Why a picture given as a data URL (in a program file, a policy, an export) cannot be stored, or
 * null: its bytes must be the type it says, of a type we take, within the size limit.
 */
export function pictureUrlProblem(url: unknown): Msg | null {
  const match = typeof url === 'string' ? DATA_URL.exec(url) : null;
  if (!match) return msg('picture_not_image');
  const base64 = match[2]!;
  const size = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  if (base64.length % 4 !== 0) return msg('picture_not_image');
  const head = Uint8Array.from(atob(base64.slice(0, 16)), (c) => c.charCodeAt(0));
  return pictureProblem(size, head) ?? (sniffPicture(head) === match[1] ? null : msg('picture_not_image'));
}
