import browser from './browser';
import type { CatalogId, OwnId } from '../core/catalog/ids';
import type { Msg } from '../core/i18n';
import { catalogLadders, readLevels, restartLevel, setLevel } from '../core/levels';
import { storeLevels } from '../core/levels-stored';
import type { OwnDrill } from '../core/own-drill';
import { ownKey, ownRecord, readOwnDrills } from '../core/own-stored';
import { ownLadder } from '../core/own-ladder';
import { ladderChanged, newOwnId } from '../core/own-world';
import { pictureUrlProblem } from '../core/picture';
import type { Clash, Program } from '../core/program';
import { pictureRoom, planProgram } from '../core/program-plan';
import { LEVELS_KEY, LEVELS_LOCK } from './levels';
import { loadOwnDrills, OWN_LOCK } from './own-drills';
import { loadPicture, pictureKey, pictureSpace, PICTURE_PREFIX, PICTURES_LOCK } from './pictures';
import { loadSettings, writeSettings } from './storage';

// A program file from the options page: the drills to put in one, and importing one whole or not
// at all. saveOwnDrill and savePicture each take their lock for one write; Web Locks are not
// re-entrant, so an import holds both locks (and the levels') from its first read to its last
// write or its putting back, and writes the same records they write (core/own-stored.ts's
// record, a picture's key). A drill edited in another tab meanwhile waits, and lands on what the
// import leaves. Lock order: own drills → pictures → history → levels → settings.

/** The user's own drills with the picture stored for each here (null where none, or one of a type we do not take). */
export async function loadOwnDrillsWithPictures(): Promise<OwnDrill[]> {
  const own = await loadOwnDrills();
  return Promise.all(
    own.map(async (drill) => {
      const url = await loadPicture(drill.id as OwnId);
      return { ...drill, picture: url !== null && pictureUrlProblem(url) === null ? url : null };
    }),
  );
}

type Area = 'local' | 'sync';

/**
 * Writes that can be put back: each key's value before its first write is kept (read under the
 * import's locks), so `undo` restores exactly what was stored, removing again what was absent.
 * A write the browser refused wrote none of its keys (one call is one change), so only the keys
 * of writes that went through are put back.
 */
export class UndoableWrites {
  private readonly was: Record<Area, Map<string, unknown>> = { local: new Map(), sync: new Map() };

  constructor(private readonly before: Record<Area, Record<string, unknown>>) {}

  private note(area: Area, keys: readonly string[]): void {
    for (const key of keys) if (!this.was[area].has(key)) this.was[area].set(key, this.before[area][key]);
  }

  async set(area: Area, items: Record<string, unknown>): Promise<void> {
    if (Object.keys(items).length === 0) return;
    await browser.storage[area].set(items);
    this.note(area, Object.keys(items));
  }

  /** Puts back every key written; false when storage refused that too. */
  async undo(): Promise<boolean> {
    try {
      for (const area of ['sync', 'local'] as const) {
        const entries = [...this.was[area]];
        const absent = entries.filter(([, value]) => value === undefined).map(([key]) => key);
        const present = Object.fromEntries(entries.filter(([, value]) => value !== undefined));
        if (absent.length > 0) await browser.storage[area].remove(absent);
        if (Object.keys(present).length > 0) await browser.storage[area].set(present);
      }
      return true;
    } catch {
      return false;
    }
  }
}

export type ProgramImport =
  | { ok: true; written: number; skipped: number; catalog: number }
  /** Refused before anything was written: no room for its pictures. */
  | { ok: false; refused: Msg }
  /** A write failed; `partial` when what was written could not all be put back either. */
  | { ok: false; error: unknown; partial: boolean };

/** Every lock in turn, the first outermost, held until `work` ends. */
export function inLocks<T>(names: readonly string[], work: () => Promise<T>): Promise<T> {
  return names.reduceRight<() => Promise<T>>((inner, name) => () => navigator.locks.request(name, inner), work)();
}

/**
 * Imports a program: its drills as the user's own (a clash settled by `clash`), their pictures,
 * and its built-in drills switched on at their levels (a move by hand, as in the library). All
 * of it or, when a write fails, none: what was written is put back as it was.
 */
export function importProgram(program: Program, clash: Clash, now: number, random: () => number = Math.random): Promise<ProgramImport> {
  // The levels' lock too: built-in drills are set at their levels, and a drill replaced with another dose starts again.
  return inLocks([OWN_LOCK, PICTURES_LOCK, LEVELS_LOCK], () => storeProgram(program, clash, now, random));
}

async function storeProgram(program: Program, clash: Clash, now: number, random: () => number): Promise<ProgramImport> {
  const [sync, local, space] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null), pictureSpace()]);
  const own = readOwnDrills(sync).drills;
  const taken = new Set(Object.keys(sync));
  const newId = (): OwnId => {
    let id = newOwnId(random);
    while (taken.has(ownKey(id))) id = newOwnId(random);
    taken.add(ownKey(id));
    return id;
  };
  const plan = planProgram(own, program, clash, newId);
  const stored = new Set(Object.keys(local).filter((k) => k.startsWith(PICTURE_PREFIX)).map((k) => k.slice(PICTURE_PREFIX.length)));
  const oldBytes = plan.pictures.reduce((sum, p) => sum + String(local[pictureKey(p.id)] ?? '').length, 0);
  const room = pictureRoom(plan, stored, space, oldBytes);
  if (room) return { ok: false, refused: room };

  const levelsRaw = local[LEVELS_KEY];
  const before = readLevels(levelsRaw, catalogLadders).levels;
  const picks = plan.catalog.reduce((levels, pick) => setLevel(levels, pick.id, pick.level, now, catalogLadders), before);
  // A drill replaced by one of another dose has another ladder: its level starts again at the dose written.
  const replaced = new Set<string>(plan.replaced);
  const after = plan.write.reduce((levels, drill) => {
    const was = own.find((d) => d.id === drill.id);
    return replaced.has(drill.id) && was && ladderChanged(was, drill) ? restartLevel(levels, drill.id as OwnId, ownLadder(drill.dose), now) : levels;
  }, picks);
  const { disabledDrills } = await loadSettings();
  const picked = new Set<string>(plan.catalog.map((p) => p.id));
  const switchOn = disabledDrills.filter((id): id is CatalogId => picked.has(id));

  const writes = new UndoableWrites({ local, sync });
  try {
    // storage.local first, in one write: the pictures and the levels.
    await writes.set('local', {
      ...Object.fromEntries(plan.pictures.map((p) => [pictureKey(p.id), p.url])),
      ...(after === before ? {} : { [LEVELS_KEY]: storeLevels(levelsRaw, before, after) }),
    });
    // Then the drills, in one write against storage.sync's quota; added in the program's order.
    await writes.set('sync', Object.fromEntries(plan.write.map((d, i) => [ownKey(d.id as OwnId), ownRecord(d, sync[ownKey(d.id as OwnId)], now + i)])));
    // Last, as the one write that changes no record the import holds: a refusal stores nothing.
    if (switchOn.length > 0) await writeSettings((fresh) => ({ disabledDrills: fresh.disabledDrills.filter((id) => !picked.has(id)) }));
  } catch (error) {
    return { ok: false, error, partial: !(await writes.undo()) };
  }
  return { ok: true, written: plan.write.length, skipped: plan.skipped, catalog: plan.catalog.length };
}
