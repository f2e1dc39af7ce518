import { DRILL_IDS, isCatalogId, type CatalogId } from './catalog/ids';
import { msg, type Msg } from './i18n';
import { topRung } from './levels';
import { isPlainObject } from './schema';
import { at, pathTo } from './transfer-strict';

// The built-in drills a program names, each with the level to do it at: a physiotherapist picks
// "band rows at the third rung" as well as writing drills of their own. The level is a rung of
// that drill's catalog ladder, so it means the same dose on every computer.

/** A built-in drill of a program and its level (a rung index of its ladder). */
export interface CatalogPick {
  id: CatalogId;
  level: number;
}

const PICK_KEYS = new Set(['id', 'level']);

/** Reads a program's `catalog`; adds its refusals to `errors` and returns what it could read. */
export function readCatalogPicks(raw: unknown, errors: Msg[]): CatalogPick[] {
  if (!Array.isArray(raw)) {
    errors.push(at('catalog', msg('import_not_list')));
    return [];
  }
  // Each built-in drill at most once, so a longer list cannot be right; refused before reading it.
  if (raw.length > DRILL_IDS.length) {
    errors.push(at('catalog', msg('prog_catalog_too_many', DRILL_IDS.length)));
    return [];
  }
  const picks: CatalogPick[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const path = pathTo('catalog', i);
    if (!isPlainObject(item)) return void errors.push(at(path, msg('import_expected_object')));
    for (const key of Object.keys(item)) if (!PICK_KEYS.has(key)) errors.push(at(pathTo(path, key), msg('import_unknown_field')));
    const { id, level } = item;
    if (!isCatalogId(id)) return void errors.push(at(pathTo(path, 'id'), msg('prog_unknown_drill')));
    if (seen.has(id)) return void errors.push(at(pathTo(path, 'id'), msg('prog_drill_twice')));
    seen.add(id);
    const top = topRung(id);
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > top) return void errors.push(at(pathTo(path, 'level'), msg('import_off_ladder', 0, top)));
    picks.push({ id, level });
  });
  return picks;
}
