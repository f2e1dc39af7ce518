import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * The id Chromium gives an unpacked extension without a `key`: the SHA-256 of its absolute
 * path, first 32 hex digits, each mapped from 0–f to a–p. Knowing it lets npm start open the
 * options page directly.
 */
export function unpackedExtensionId(dir) {
  let path = resolve(dir);
  if (process.platform === 'win32') path = path.toLowerCase();
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
