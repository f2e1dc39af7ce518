import type { OwnId } from './catalog/ids';
import { msg, type Msg } from './i18n';
import type { OwnDrill } from './own-drill';
import { mergeProgram, type Clash, type Program } from './program';
import type { CatalogPick } from './program-catalog';

// What importing a program writes, decided before anything is written, so a refusal (no room
// for its pictures) comes first and a failure midway knows exactly what to put back.

export interface ProgramPlan {
  /** The own drills to write, new (with new ids) or replacing the user's (with the user's id). */
  write: OwnDrill[];
  /** The ids in `write` that replace one of the user's drills. */
  replaced: OwnId[];
  /** The pictures to store: those the written drills carry. A replaced drill without one keeps the user's. */
  pictures: { id: OwnId; url: string }[];
  /** The built-in drills to switch on, each at its level. */
  catalog: CatalogPick[];
  /** How many of the program's drills are left out (skipped on a clash). */
  skipped: number;
}

/** The plan for importing `program` over the user's drills `own`, a clash settled by `clash`. */
export function planProgram(own: readonly OwnDrill[], program: Program, clash: Clash, newId: () => OwnId): ProgramPlan {
  const merged = mergeProgram(own, program.drills, clash, newId);
  // mergeProgram returns the user's drills it leaves alone as they were: anything else is written.
  const write = merged.filter((d) => !own.includes(d));
  const ids = new Set(own.map((d) => d.id));
  const replaced = write.filter((d) => ids.has(d.id)).map((d) => d.id as OwnId);
  const pictures = write.flatMap((d) => (d.picture === null ? [] : [{ id: d.id as OwnId, url: d.picture }]));
  return { write, replaced, pictures, catalog: program.catalog, skipped: program.drills.length - write.length };
}

/** Space for pictures as platform/pictures.ts's pictureSpace reports it. */
export interface PictureSpace {
  left: number;
  bytesFree: number;
}

/**
 * Why the plan's pictures cannot all be stored, or null: more pictures than may be stored (a
 * picture that replaces one takes no new place), or more bytes than storage has left (`oldBytes`:
 * what the pictures replaced take now, freed by the import).
 */
export function pictureRoom(plan: Pick<ProgramPlan, 'pictures'>, stored: ReadonlySet<string>, space: PictureSpace, oldBytes: number): Msg | null {
  const added = plan.pictures.filter((p) => !stored.has(p.id)).length;
  if (added > space.left) return msg('prog_no_picture_room', added, space.left);
  const bytes = plan.pictures.reduce((sum, p) => sum + p.url.length, 0) - oldBytes;
  if (bytes > space.bytesFree) return msg('prog_no_picture_space', ...megabytes(bytes), ...megabytes(space.bytesFree));
  return null;
}

/** Megabytes to one decimal, as whole and tenths, so each language writes its own decimal mark. */
function megabytes(bytes: number): [number, number] {
  const tenths = Math.ceil(bytes / 100_000);
  return [Math.floor(tenths / 10), tenths % 10];
}
