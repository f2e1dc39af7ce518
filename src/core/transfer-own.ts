import { isUsersId } from './catalog/ids';
import { msg, type Msg } from './i18n';
import { checkOwnDrill, type OwnDrill, type OwnDrillField } from './own-drill';
import { MAX_PICTURES } from './picture';
import { isPlainObject } from './schema';
import { at, exactly, pathTo } from './transfer-strict';

// The user's own drills in an export file, with their ids (their history and levels name them)
// and their pictures. Checked as the form checks a drill, then held to the strict pass: whatever
// the check had to trim or leave out is a refusal, as everywhere in an import.

const DRILL_KEYS = new Set<string>(['id', 'name', 'purpose', 'steps', 'cue', 'mistake', 'category', 'equipment', 'position', 'dose', 'figure', 'routines', 'levels', 'picture']);

/** Reads the file's `ownDrills`; adds its refusals to `errors` and returns null when it added any. */
export function readOwnDrillsStrict(raw: unknown, errors: Msg[]): OwnDrill[] | null {
  if (!Array.isArray(raw)) {
    errors.push(at('ownDrills', msg('import_not_list')));
    return null;
  }
  const before = errors.length;
  const drills: OwnDrill[] = [];
  const seen = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const path = pathTo('ownDrills', i);
    if (!isPlainObject(item)) return void errors.push(at(path, msg('import_expected_object')));
    const problems = errors.length;
    for (const key of Object.keys(item)) if (!DRILL_KEYS.has(key)) errors.push(at(pathTo(path, key), msg('import_unknown_field')));
    if (!isUsersId(item.id)) errors.push(at(pathTo(path, 'id'), msg('prog_bad_id')));
    else if (seen.has(item.id)) errors.push(at(pathTo(path, 'id'), msg('prog_id_twice')));
    else seen.add(item.id);
    const result = checkOwnDrill(String(item.id), item);
    if (!result.ok) {
      for (const [field, problem] of Object.entries(result.problems) as [OwnDrillField, Msg][]) errors.push(at(pathTo(path, field), problem));
      return;
    }
    if (errors.length === problems && exactly(item, result.drill, path, errors)) drills.push(result.drill);
  });
  if (drills.filter((d) => d.picture !== null).length > MAX_PICTURES) errors.push(at('ownDrills', msg('prog_too_many_pictures', MAX_PICTURES)));
  return errors.length > before ? null : drills;
}
