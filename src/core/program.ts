import { msg, type Msg } from './i18n';
import { checkOwnDrill, type OwnDrill, type OwnDrillField } from './own-drill';
import { isPlainObject } from './schema';
import { at, markupProblems, pathTo } from './transfer-strict';
import { MAX_REPORTED_ERRORS, readJsonText } from './transfer';

// A program file: the drills a physiotherapist wrote once, handed to each patient. Read strictly,
// like every import: the whole file or nothing, each refusal naming where and what is wrong.

export const PROGRAM_FORMAT = 'desk-reset-program';
export const PROGRAM_VERSION = 1;
export const MAX_PROGRAM_DRILLS = 60;

const TOP_KEYS = new Set(['format', 'version', 'drills']);
const DRILL_KEYS = new Set<string>(['name', 'purpose', 'steps', 'cue', 'mistake', 'category', 'equipment', 'position', 'dose', 'figure', 'routines', 'levels', 'picture']);

/** A drill as the file holds it: everything but the id, which each computer gives its own. */
export type ProgramDrill = Omit<OwnDrill, 'id'>;
export type ProgramResult = { ok: true; drills: ProgramDrill[] } | { ok: false; errors: Msg[] };

export function buildProgram(drills: readonly OwnDrill[]): string {
  const body = drills.map(({ id: _id, ...rest }) => rest);
  return `${JSON.stringify({ format: PROGRAM_FORMAT, version: PROGRAM_VERSION, drills: body }, null, 2)}\n`;
}

export function parseProgram(text: string): ProgramResult {
  try {
    const result = readProgram(text);
    if (result.ok || result.errors.length <= MAX_REPORTED_ERRORS) return result;
    return { ok: false, errors: [...result.errors.slice(0, MAX_REPORTED_ERRORS), msg('import_more', result.errors.length - MAX_REPORTED_ERRORS)] };
  } catch {
    return { ok: false, errors: [msg('program_unreadable')] };
  }
}

function readProgram(text: string): ProgramResult {
  const refuse = (...errors: Msg[]): ProgramResult => ({ ok: false, errors });
  const json = readJsonText(text, msg('program_not_json'));
  if (!json.ok) return json;
  const raw = json.raw;
  if (!isPlainObject(raw) || raw.format !== PROGRAM_FORMAT) return refuse(msg('program_not_ours'));
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return refuse(msg('import_no_version'));
  if (raw.version > PROGRAM_VERSION) return refuse(msg('program_newer', raw.version));
  const errors = markupProblems(raw);
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) errors.push(at(pathTo('', key), msg('program_unknown_top')));
  if (!Array.isArray(raw.drills) || raw.drills.length === 0) return refuse(...errors, at('drills', msg('program_no_drills')));
  if (raw.drills.length > MAX_PROGRAM_DRILLS) return refuse(...errors, at('drills', msg('program_too_many', MAX_PROGRAM_DRILLS)));
  const drills: ProgramDrill[] = [];
  raw.drills.forEach((item: unknown, i) => {
    const path = pathTo('drills', i);
    if (!isPlainObject(item)) return void errors.push(at(path, msg('import_expected_object')));
    for (const key of Object.keys(item)) if (!DRILL_KEYS.has(key)) errors.push(at(pathTo(path, key), msg('import_unknown_field')));
    const result = checkOwnDrill('', item);
    if (!result.ok) {
      for (const [field, problem] of Object.entries(result.problems) as [OwnDrillField, Msg][]) errors.push(at(pathTo(path, field), problem));
      return;
    }
    const { id: _id, ...drill } = result.drill;
    drills.push(drill);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drills };
}

/** What to do with an imported drill whose name one of the user's drills already has. */
export type Clash = 'replace' | 'both' | 'skip';

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** The names of imported drills that the user's own drills already have. */
export function clashes(own: readonly OwnDrill[], incoming: readonly ProgramDrill[]): string[] {
  const names = new Set(own.map((d) => nameKey(d.name)));
  return incoming.filter((d) => names.has(nameKey(d.name))).map((d) => d.name);
}

/**
 * The user's drills after an import: a clashing drill is replaced in place (keeping its id, so
 * its level and history stay with it), kept beside the user's under a numbered name, or skipped.
 * `newId` gives each added drill its id.
 */
export function mergeProgram(own: readonly OwnDrill[], incoming: readonly ProgramDrill[], clash: Clash, newId: () => string): OwnDrill[] {
  const out = [...own];
  const taken = new Set(own.map((d) => nameKey(d.name)));
  for (const drill of incoming) {
    const i = out.findIndex((d) => nameKey(d.name) === nameKey(drill.name));
    if (i < 0) out.push({ id: newId(), ...drill });
    else if (clash === 'replace') out[i] = { ...drill, id: out[i]!.id };
    else if (clash === 'both') {
      let n = 2;
      while (taken.has(nameKey(`${drill.name} (${n})`))) n++;
      const name = `${drill.name} (${n})`;
      taken.add(nameKey(name));
      out.push({ ...drill, id: newId(), name });
    }
  }
  return out;
}
