import { isSameDay } from 'date-fns';
import { isCatalogId, isDrillId, type DrillId } from './catalog/ids';
import { LADDERS, type Ladder, type Rung } from './catalog/ladders';
import type { Drill } from './drill';
import type { Rating } from './history';
import { integer, isPlainObject, oneOf, strictRecord, timestamp, type Values } from './schema';

// Each drill's level on its ladder, moved by how the drill felt: "easy" twice in a row one rung
// up, "hard" twice in a row one rung down, "about right" holds, "it hurt" keeps the level (the
// drill leaves the rotation, as before). A level moves at most once a day per drill, never on a
// skipped or unrated drill, and the user can set it by hand.

export const LEVEL_REASONS = ['easy', 'hard', 'manual'] as const;
export type LevelReason = (typeof LEVEL_REASONS)[number];

const time = timestamp(() => 0);
const levelSchema = {
  rung: integer(0, 0, 9),
  /** The same rating, given this many times in a row since the level last moved. */
  streak: strictRecord({ rating: oneOf(['easy', 'hard'] as const, 'easy'), count: integer(1, 1, 2) }),
  /** The last move, to say what changed and to keep it to once a day. */
  last: strictRecord({ from: integer(0, 0, 9), to: integer(0, 0, 9), at: time, why: oneOf(LEVEL_REASONS, 'manual') }),
};
export type DrillLevel = Values<typeof levelSchema>;

/** One move of one drill's level, kept for the progress page's record of levels over time. */
export interface LevelChange {
  drillId: DrillId;
  from: number;
  to: number;
  at: number;
  why: LevelReason;
}

/** Every drill's level (absent: not yet moved, so at its ladder's start) and the moves, oldest first. */
export interface LevelStore {
  drills: Partial<Record<DrillId, DrillLevel>>;
  log: LevelChange[];
}

export const NO_LEVELS: LevelStore = { drills: {}, log: [] };
/** Moves kept one by one: years of them at a move a day for a handful of drills. */
export const MAX_LEVEL_LOG = 2000;

/** Finds a drill's ladder: the catalog's, or an own drill's (made from its dose); none for a drill not known here. */
export type Ladders = (id: DrillId) => Ladder | undefined;
export const catalogLadders: Ladders = (id) => (isCatalogId(id) ? LADDERS[id] : undefined);

/** The ladders of these drills (the catalog's and the user's own), the catalog's for the rest. */
export function laddersOf(drills: readonly Drill[]): Ladders {
  const own = new Map(drills.flatMap((d) => (d.own ? [[d.id, d.own.ladder] as const] : [])));
  return (id) => own.get(id) ?? catalogLadders(id);
}

export function drillLadder(drill: Drill): Ladder {
  return drill.own?.ladder ?? LADDERS[drill.id as keyof typeof LADDERS];
}

/**
 * The highest rung a level may name. For a drill whose ladder is not known here (an own drill
 * deleted, or written on another computer and not synced yet) any rung the schema allows: its
 * level is kept as it is until the drill is back.
 */
const ANY_RUNG = 9;

export const ladderOf = (id: DrillId, ladders: Ladders = catalogLadders): Ladder | undefined => ladders(id);
export const topRung = (id: DrillId, ladders: Ladders = catalogLadders): number => (ladders(id)?.rungs.length ?? ANY_RUNG + 1) - 1;

/**
 * The level of a drill, its ladder's start until it first moves. A rung past the top of its ladder
 * (one made shorter since: an own drill's dose edited, a policy's changed) reads as the top.
 */
export function levelOf(store: LevelStore, id: DrillId, ladders: Ladders = catalogLadders): DrillLevel {
  const stored = store.drills[id];
  if (!stored) return { rung: ladders(id)?.start ?? 0, streak: null, last: null };
  const top = topRung(id, ladders);
  return stored.rung > top ? { ...stored, rung: top } : stored;
}

function move(store: LevelStore, id: DrillId, level: DrillLevel, to: number, why: LevelReason, at: number): LevelStore {
  const change = { drillId: id, from: level.rung, to, at, why };
  const next: DrillLevel = { rung: to, streak: null, last: { from: level.rung, to, at, why } };
  return { drills: { ...store.drills, [id]: next }, log: [...store.log, change].slice(-MAX_LEVEL_LOG) };
}

/**
 * The levels after the user rated a finished drill at `at`. With automatic progression off, or a
 * rating that holds, nothing moves; the same rating twice in a row moves one rung, unless the
 * level already moved today, in which case the second waits for another day's rating.
 */
export function rateLevel(store: LevelStore, id: DrillId, rating: Rating, at: number, auto: boolean, ladders: Ladders = catalogLadders): LevelStore {
  const level = levelOf(store, id, ladders);
  // A run of ratings changes the streak alone: the rung stays as stored, even one read as the top.
  const stored = store.drills[id] ?? level;
  if (!auto || (rating !== 'easy' && rating !== 'hard')) {
    // "About right" and "it hurt" end a run of the same rating; neither moves the level.
    return level.streak === null ? store : { ...store, drills: { ...store.drills, [id]: { ...stored, streak: null } } };
  }
  const count = level.streak?.rating === rating ? 2 : 1;
  const to = level.rung + (rating === 'easy' ? 1 : -1);
  const movedToday = level.last !== null && isSameDay(level.last.at, at);
  if (count === 2 && !movedToday && to >= 0 && to <= topRung(id, ladders)) return move(store, id, level, to, rating, at);
  return { ...store, drills: { ...store.drills, [id]: { ...stored, streak: { rating, count } } } };
}

/** The level the user chose by hand, in the drill library. */
export function setLevel(store: LevelStore, id: DrillId, rung: number, at: number, ladders: Ladders = catalogLadders): LevelStore {
  const level = levelOf(store, id, ladders);
  if (rung === level.rung || rung < 0 || rung > topRung(id, ladders)) return store;
  return move(store, id, level, rung, 'manual', at);
}

/**
 * The level of a drill whose ladder changed (an own drill's dose edited, a program's drill put in
 * its place), back at the new ladder's start by hand: a rung of the old ladder names another dose
 * on the new one, and ratings of the old dose do not count for the new. A drill never moved stays so.
 */
export function restartLevel(store: LevelStore, id: DrillId, ladder: Ladder, at: number): LevelStore {
  const stored = store.drills[id];
  if (!stored) return store;
  const level = levelOf(store, id, () => ladder);
  if (level.rung !== ladder.start) return move(store, id, level, ladder.start, 'manual', at);
  if (stored.rung === ladder.start && stored.streak === null) return store;
  return { ...store, drills: { ...store.drills, [id]: { ...stored, rung: ladder.start, streak: null } } };
}

/**
 * The rung to do now: the level, or at a break the highest rung at or below it that the user can
 * do there (`fits`: the cap, their space and kit); rungs above wait. None fitting: the first.
 */
export function rungToDo(ladder: Ladder, level: number, fits: (rung: Rung) => boolean = () => true): { rung: Rung; index: number } {
  const rungs = ladder.rungs;
  for (let i = Math.min(level, rungs.length - 1); i >= 0; i--) if (fits(rungs[i]!)) return { rung: rungs[i]!, index: i };
  return { rung: rungs[0]!, index: 0 };
}

const isDrill = isDrillId;
const isReason = (x: unknown): x is LevelReason => (LEVEL_REASONS as readonly unknown[]).includes(x);
const changeSchema = strictRecord({ from: integer(0, 0, 9), to: integer(0, 0, 9), at: time, why: oneOf(LEVEL_REASONS, 'manual') });
/** A reason a newer version gave: a string, just not one of ours. */
const newerReason = (x: unknown) => typeof x === 'string' && !isReason(x);

/**
 * One stored level as this version reads it, or why it is left out: 'unknown' for what a newer
 * version may have written (a drill or a rung this version lacks), 'malformed' for what fits no
 * version. A level whose last move has a reason this version does not know keeps its rung and
 * run; the move itself is not in the view (and is never rewritten, see levels-stored.ts).
 */
export function readLevel(id: string, raw: unknown, ladders: Ladders = catalogLadders): DrillLevel | 'unknown' | 'malformed' {
  if (!isDrill(id)) return 'unknown';
  const schema = strictRecord(levelSchema);
  const newer = isPlainObject(raw) && isPlainObject(raw.last) && newerReason(raw.last.why);
  const level = schema.check(newer ? { ...raw, last: null } : raw);
  if (!level.ok || !level.value) return 'malformed';
  return onLadder(id, level.value, ladders) ? level.value : 'unknown';
}

/** One stored move as this version reads it, or why it is left out (as for readLevel). */
export function readChange(raw: unknown, ladders: Ladders = catalogLadders): LevelChange | 'unknown' | 'malformed' {
  if (!isPlainObject(raw)) return 'malformed';
  if ((typeof raw.drillId === 'string' && !isDrill(raw.drillId)) || newerReason(raw.why)) return 'unknown';
  const change = changeSchema.check(raw);
  if (!isDrill(raw.drillId) || !change.ok || !change.value) return 'malformed';
  const top = topRung(raw.drillId, ladders);
  return change.value.to <= top && change.value.from <= top ? { drillId: raw.drillId, ...change.value } : 'unknown';
}

/**
 * The view of the stored levels this version can use. Reading never changes storage: what it
 * leaves out is counted, `unknown` (a newer version's) or `malformed` (for the caller to report).
 */
export function readLevels(raw: unknown, ladders: Ladders = catalogLadders): { levels: LevelStore; unknown: number; malformed: number } {
  if (raw === undefined) return { levels: NO_LEVELS, unknown: 0, malformed: 0 };
  if (!isPlainObject(raw)) return { levels: NO_LEVELS, unknown: 0, malformed: 1 };
  const left = { unknown: 0, malformed: 0 };
  const drills: LevelStore['drills'] = {};
  for (const [id, value] of Object.entries(isPlainObject(raw.drills) ? raw.drills : {})) {
    const level = readLevel(id, value, ladders);
    if (typeof level === 'string') left[level]++;
    else drills[id as DrillId] = level;
  }
  const log: LevelChange[] = [];
  for (const entry of Array.isArray(raw.log) ? raw.log : []) {
    const change = readChange(entry, ladders);
    if (typeof change === 'string') left[change]++;
    else log.push(change);
  }
  return { levels: { drills, log: log.slice(-MAX_LEVEL_LOG) }, ...left };
}

function onLadder(id: DrillId, level: DrillLevel, ladders: Ladders): boolean {
  const top = topRung(id, ladders);
  return level.rung <= top && (level.last === null || (level.last.from <= top && level.last.to <= top));
}

