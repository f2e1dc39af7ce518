import { msg, type Msg } from '../core/i18n';
import { fitPicture, pictureProblem, pictureUrlProblem } from '../core/picture';

// A picture the user chose or dropped, made safe to store: its type read from its first bytes and
// its size checked before any decoder sees it, then drawn on a canvas and encoded afresh. What is
// stored is only pixels: no metadata (location, camera), no SVG, no script.

export type PictureRead = { ok: true; url: string } | { ok: false; problem: Msg };

/** Enough bytes for every signature core/picture.ts reads. */
const HEAD_BYTES = 16;
/** WebP keeps a photo small; at this quality a 480 px picture is a few tens of KB. */
const WEBP_QUALITY = 0.85;

interface Decoded {
  image: CanvasImageSource;
  width: number;
  height: number;
  done: () => void;
}

/** Decodes with createImageBitmap where the browser has it, else through an <img>. */
async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file);
      return { image: bitmap, width: bitmap.width, height: bitmap.height, done: () => bitmap.close() };
    } catch {
      // Some builds refuse a type here they decode in an <img>: try that before giving up.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, done: () => undefined };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the picture at its stored size and encodes it: WebP, or PNG where the browser makes no WebP (Firefox ESR may not). */
function encode({ image, width, height }: Decoded): string | null {
  const size = fitPicture(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, size.width, size.height);
  const webp = canvas.toDataURL('image/webp', WEBP_QUALITY);
  return webp.startsWith('data:image/webp;') ? webp : canvas.toDataURL('image/png');
}

/** The picture in `file` as a data URL ready to store, or why it cannot be one. */
export async function readPictureFile(file: Blob): Promise<PictureRead> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const problem = pictureProblem(file.size, head);
  if (problem) return { ok: false, problem };
  let url: string | null = null;
  try {
    const decoded = await decode(file);
    try {
      if (decoded.width > 0 && decoded.height > 0) url = encode(decoded);
    } finally {
      decoded.done();
    }
  } catch {
    url = null;
  }
  // A picture whose bytes looked right but that no decoder could draw, or a canvas that gave back
  // nothing usable: the same for the user, it could not be read.
  return url !== null && pictureUrlProblem(url) === null ? { ok: true, url } : { ok: false, problem: msg('own_picture_unreadable') };
}

/**
 * A picture that came as a data URL (a program file, a full import), redrawn the same way as a
 * chosen file: what a file carried besides its pixels does not reach storage either.
 */
export function readPictureUrl(url: string): Promise<PictureRead> {
  const match = /^data:([^;,]+);base64,(.*)$/.exec(url);
  if (!match) return Promise.resolve({ ok: false, problem: msg('picture_not_image') });
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = Uint8Array.from(atob(match[2]!), (c) => c.charCodeAt(0));
  } catch {
    return Promise.resolve({ ok: false, problem: msg('picture_not_image') });
  }
  return readPictureFile(new Blob([bytes], { type: match[1] }));
}
