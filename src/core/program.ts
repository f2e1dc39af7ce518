import { dayKey } from './history';
import { msg, type Msg } from './i18n';
import { checkOwnDrill, type OwnDrill, type OwnDrillField } from './own-drill';
import { MAX_PICTURES } from './picture';
import { readCatalogPicks, type CatalogPick } from './program-catalog';
import { isPlainObject } from './schema';
import { at, markupProblems, pathTo } from './transfer-strict';
import { MAX_REPORTED_ERRORS, readJsonText, type SizeLimit } from './transfer';
import { fittedName } from './own-names';
import { nameKey } from './own-world';

// A program file: the drills a physiotherapist wrote once, handed to each patient, and the
// built-in drills they chose with the level to do each at. Read strictly, like every import: the
// whole file or nothing, each refusal naming where and what is wrong.

export type { CatalogPick } from './program-catalog';

export const PROGRAM_FORMAT = 'desk-reset-program';
export const PROGRAM_VERSION = 1;
export const MAX_PROGRAM_DRILLS = 60;
/**
 * Largest program file read, in UTF-8 bytes. Its pictures make it big: one stored here (redrawn
 * at 480 px) is tens of KB as a data URL, so a program of every picture this computer may hold
 * (40) stays well under it; 40 pictures at the 2 MB each a file may carry (112 MB as text) do not.
 */
export const MAX_PROGRAM_BYTES = 20_000_000;
export const PROGRAM_LIMIT: SizeLimit = { max: MAX_PROGRAM_BYTES, tooBig: 'prog_too_big' };

const TOP_KEYS = new Set(['format', 'version', 'drills', 'catalog']);
const DRILL_KEYS = new Set<string>(['name', 'purpose', 'steps', 'cue', 'mistake', 'category', 'equipment', 'position', 'dose', 'figure', 'routines', 'levels', 'picture']);

/** A drill as the file holds it: everything but the id, which each computer gives its own. */
export type ProgramDrill = Omit<OwnDrill, 'id'>;
export interface Program {
  drills: ProgramDrill[];
  catalog: CatalogPick[];
}
export type ProgramResult = ({ ok: true } & Program) | { ok: false; errors: Msg[] };

/** `desk-reset-program-2026-03-02.json`, dated in local time. */
export function programFileName(now: number): string {
  return `desk-reset-program-${dayKey(now)}.json`;
}

/** The file's text: the drills without their ids, and the built-in drills only when there are any. */
export function buildProgram(drills: readonly OwnDrill[], catalog: readonly CatalogPick[] = []): string {
  // No figure or picture is left out rather than written as null: Chromium's policy schemas have no null, and an administrator pastes these files into a policy.
  const body = drills.map(({ id: _id, figure, picture, ...rest }) => ({ ...rest, ...(figure ? { figure } : {}), ...(picture ? { picture } : {}) }));
  const picks = catalog.length > 0 ? { catalog: catalog.map(({ id, level }) => ({ id, level })) } : {};
  return `${JSON.stringify({ format: PROGRAM_FORMAT, version: PROGRAM_VERSION, drills: body, ...picks }, null, 2)}\n`;
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
  const json = readJsonText(text, msg('program_not_json'), PROGRAM_LIMIT);
  if (!json.ok) return json;
  const raw = json.raw;
  if (!isPlainObject(raw) || raw.format !== PROGRAM_FORMAT) return refuse(msg('program_not_ours'));
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return refuse(msg('import_no_version'));
  if (raw.version > PROGRAM_VERSION) return refuse(msg('program_newer', raw.version));
  const errors = markupProblems(raw);
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) errors.push(at(pathTo('', key), msg('program_unknown_top')));
  const catalog = raw.catalog === undefined ? [] : readCatalogPicks(raw.catalog, errors);
  // A program of built-in drills alone needs no drills of its own; one of neither is no program.
  const items = raw.drills === undefined ? [] : raw.drills;
  const picked = Array.isArray(raw.catalog) ? raw.catalog.length : 0;
  if (!Array.isArray(items) || items.length + picked === 0) return refuse(...errors, at('drills', msg('program_no_drills')));
  if (items.length > MAX_PROGRAM_DRILLS) return refuse(...errors, at('drills', msg('program_too_many', MAX_PROGRAM_DRILLS)));
  const drills = readDrills(items, errors);
  // Never more than this computer may store at all: refused here rather than half-imported.
  if (drills.filter((d) => d.picture !== null).length > MAX_PICTURES) errors.push(at('drills', msg('prog_too_many_pictures', MAX_PICTURES)));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, drills, catalog };
}

function readDrills(items: readonly unknown[], errors: Msg[]): ProgramDrill[] {
  const drills: ProgramDrill[] = [];
  items.forEach((item, i) => {
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
  return drills;
}

/** What to do with an imported drill whose name one of the user's drills already has. */
export type Clash = 'replace' | 'both' | 'skip';


/** The names of imported drills that the user's own drills already have. */
export function clashes(own: readonly Pick<OwnDrill, 'name'>[], incoming: readonly Pick<ProgramDrill, 'name'>[]): string[] {
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
    if (i < 0) {
      // Taken from now on: a later drill of the program kept beside one of the user's gets another number.
      taken.add(nameKey(drill.name));
      out.push({ id: newId(), ...drill });
    } else if (clash === 'replace') out[i] = { ...drill, id: out[i]!.id };
    else if (clash === 'both') {
      const numbered = (n: number) => fittedName(drill.name, (base) => `${base} (${n})`);
      let n = 2;
      while (taken.has(nameKey(numbered(n)))) n++;
      const name = numbered(n);
      taken.add(nameKey(name));
      out.push({ ...drill, id: newId(), name });
    }
  }
  return out;
}
