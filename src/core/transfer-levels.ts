import { isDrillId, type DrillId } from './catalog/ids';
import { msg, type Msg } from './i18n';
import { catalogLadders, ladderOf, readLevel as storedLevel, readLevels, topRung, type DrillLevel, type LevelChange, type Ladders, type LevelStore } from './levels';
import { isPlainObject } from './schema';
import { inRange, timeProblem } from './transfer-read';
import { at, exactly, pathTo } from './transfer-strict';

// The drill levels of an import file. Storage's own reader (core/levels.ts) decides what a level
// is, so a file can never hold a level that storage would drop; it is asked one part at a time
// beside parts it always keeps, so a refusal names the part. The strict pass then refuses what
// that reader had to coerce, and times are held to the range history's are. A level names a
// catalog drill, one of the file's own drills (on its ladder), or one whose ladder the file does
// not hold (an organisation's, a deleted one), at any rung storage keeps for such a drill.

const LEVELS_KEYS = new Set(['drills', 'log']);
const MOVE_RUNGS = ['from', 'to'] as const;

const isDrill = isDrillId;

/**
 * The level as storage reads it, or undefined where storage would leave it out. (Storage reads a
 * last move of a reason it does not know as none, for a newer version's; a file must give one of ours.)
 */
const kept = (id: DrillId, raw: unknown, ladders: Ladders): DrillLevel | undefined => {
  const level = storedLevel(id, raw, ladders);
  return typeof level === 'string' || (level.last === null && isPlainObject(raw) && raw.last != null) ? undefined : level;
};

const offLadder = (id: DrillId, ladders: Ladders): Msg => msg('import_off_ladder', 0, topRung(id, ladders));

/**
 * Reads the file's `levels`, which it holds only when it has them; the caller leaves an absent
 * member alone. Adds its refusals to `errors` and returns null when it added any.
 */
export function readLevelsStrict(raw: unknown, errors: Msg[], now: number, ladders: Ladders = catalogLadders): LevelStore | null {
  if (!isPlainObject(raw)) {
    errors.push(at('levels', msg('import_not_levels')));
    return null;
  }
  const before = errors.length;
  for (const key of Object.keys(raw)) {
    if (!LEVELS_KEYS.has(key)) errors.push(at(pathTo('levels', key), msg('import_unknown_levels')));
  }
  const drills: LevelStore['drills'] = {};
  if (!isPlainObject(raw.drills)) errors.push(at('levels.drills', msg('import_not_level_drills')));
  else {
    for (const [id, item] of Object.entries(raw.drills)) {
      const path = pathTo('levels.drills', id);
      if (!isDrill(id)) errors.push(at(path, msg('import_unknown_drill')));
      else {
        const level = readLevel(id, item, path, errors, now, ladders);
        // Stryker disable next-line ConditionalExpression: a level not read was refused, and a refusal drops the whole result.
        if (level) drills[id] = level;
      }
    }
  }
  const log: LevelChange[] = [];
  if (!Array.isArray(raw.log)) errors.push(at('levels.log', msg('import_not_list')));
  else {
    raw.log.forEach((item: unknown, i) => {
      const change = readChange(item, `levels.log[${i}]`, errors, now, ladders);
      // Stryker disable next-line ConditionalExpression: a change not read was refused, and a refusal drops the whole result.
      if (change) log.push(change);
    });
  }
  return errors.length > before ? null : { drills, log };
}

function readLevel(id: DrillId, raw: unknown, path: string, errors: Msg[], now: number, ladders: Ladders): DrillLevel | null {
  if (!isPlainObject(raw)) {
    errors.push(at(path, msg('import_bad_level')));
    return null;
  }
  const before = errors.length;
  const start = ladderOf(id, ladders)?.start ?? 0;
  if (!kept(id, { rung: raw.rung }, ladders)) errors.push(at(pathTo(path, 'rung'), offLadder(id, ladders)));
  if (!kept(id, { rung: start, streak: raw.streak }, ladders)) errors.push(at(pathTo(path, 'streak'), msg('import_bad_streak')));
  if (!kept(id, { rung: start, last: raw.last }, ladders)) badMove(id, raw.last, pathTo(path, 'last'), 'import_bad_move', errors, ladders);
  const level = kept(id, raw, ladders);
  if (errors.length > before || !exactly(raw, level, path, errors)) return null;
  // What `exactly` found equal to a record is that record, not undefined.
  const { last } = level as DrillLevel;
  return last === null || inRange(timeProblem(last.at, now), `${path}.last.at`, errors) ? (level as DrillLevel) : null;
}

function readChange(raw: unknown, path: string, errors: Msg[], now: number, ladders: Ladders): LevelChange | null {
  const change = readLevels({ drills: {}, log: [raw] }, ladders).levels.log[0];
  if (!change) {
    if (isPlainObject(raw) && isDrill(raw.drillId)) badMove(raw.drillId, raw, path, 'import_bad_change', errors, ladders);
    else errors.push(at(path, msg('import_bad_change')));
    return null;
  }
  return exactly(raw, change, path, errors) && inRange(timeProblem(change.at, now), `${path}.at`, errors) ? change : null;
}

/** Names each rung of a move that is a number off the drill's ladder; failing that, the move as malformed. */
function badMove(id: DrillId, raw: unknown, path: string, malformed: string, errors: Msg[], ladders: Ladders): void {
  const top = topRung(id, ladders);
  // Anything but an object has no rungs to name (Object() of null is an empty object).
  const move = Object(raw) as Record<string, unknown>;
  const off = MOVE_RUNGS.filter((key) => {
    const rung = move[key];
    return typeof rung === 'number' && !(Number.isInteger(rung) && rung >= 0 && rung <= top);
  });
  if (off.length === 0) errors.push(at(path, msg(malformed)));
  for (const key of off) errors.push(at(pathTo(path, key), offLadder(id, ladders)));
}
