import { byTime, timeOf } from './history';
import { MAX_LEVEL_LOG, readChange, readLevel, type DrillLevel, type LevelStore } from './levels';
import { isPlainObject } from './schema';

// Writing the levels back over what is stored, which may hold drills, moves and fields of a newer
// version. A writer changes the view (core/levels.ts); these put only that change into the stored
// record, so everything else stays as it was, byte for byte.

type Stored = Record<string, unknown>;
const parts = (raw: unknown) => {
  const stored: Stored = isPlainObject(raw) ? raw : {};
  return { stored, drills: isPlainObject(stored.drills) ? stored.drills : {}, log: Array.isArray(stored.log) ? stored.log : [] };
};

/** The fields of `after` that differ from `before` (all of them for a level not read before). */
function changedFields(before: DrillLevel | undefined, after: DrillLevel): Stored {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => !before || !Object.is(value, before[key as keyof DrillLevel])));
}

/**
 * The stored record after a change from `before` to `after` (both read from `raw`): a level's
 * changed fields written over its stored entry (its other fields kept), new moves added to the
 * stored log (bounded to MAX_LEVEL_LOG), everything else as stored. A level stored by a newer
 * version that this version could not read is never written over.
 */
export function storeLevels(raw: unknown, before: LevelStore, after: LevelStore): Stored {
  const { stored, drills: storedDrills, log: storedLog } = parts(raw);
  const drills: Stored = { ...storedDrills };
  for (const [id, level] of Object.entries(after.drills)) {
    const was = before.drills[id as keyof LevelStore['drills']];
    if (!level) continue;
    // Stryker disable next-line ConditionalExpression: an unchanged level would be written as its own stored entry with no field changed, the same value; this only saves the copy.
    if (level === was) continue;
    if (Object.hasOwn(storedDrills, id) && readLevel(id, storedDrills[id]) === 'unknown') continue;
    const base = was && isPlainObject(storedDrills[id]) ? storedDrills[id] : {};
    drills[id] = { ...base, ...changedFields(was, level) };
  }
  const known = new Set(before.log);
  const added = after.log.filter((change) => !known.has(change));
  const log = added.length > 0 ? [...storedLog, ...added].slice(-MAX_LEVEL_LOG) : storedLog;
  return { ...stored, drills, log };
}

/**
 * The stored record after an import of `file`'s levels: they replace every level and move this
 * version can read; what only a newer version can (its drills, its rungs, its reasons) is kept,
 * the moves in time order with the file's. (A file of this version cannot hold those, so it
 * cannot have meant to replace them.)
 */
export function importLevels(raw: unknown, file: LevelStore): Stored {
  const { stored, drills, log } = parts(raw);
  const newer = Object.fromEntries(Object.entries(drills).filter(([id, level]) => readLevel(id, level) === 'unknown'));
  const newerLog = log.filter((change) => readChange(change) === 'unknown');
  return { ...stored, drills: { ...newer, ...file.drills }, log: byTime(file.log, newerLog, timeOf).slice(-MAX_LEVEL_LOG) };
}
