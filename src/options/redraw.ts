import { readPictureUrl } from '../ui/picture-file';

/**
 * Every picture that came in a file (a program, a full import) drawn afresh on a canvas before it
 * is stored, like one the user chose: what the file carried besides pixels never reaches storage.
 * Or the name of the drill whose picture could not be drawn: then nothing is imported.
 */
export async function redrawPictures<T extends { name: string; picture: string | null }>(drills: readonly T[]): Promise<{ ok: true; drills: T[] } | { ok: false; name: string }> {
  const out: T[] = [];
  for (const drill of drills) {
    if (drill.picture === null) {
      out.push(drill);
      continue;
    }
    const read = await readPictureUrl(drill.picture);
    if (!read.ok) return { ok: false, name: drill.name };
    out.push({ ...drill, picture: read.url });
  }
  return { ok: true, drills: out };
}
