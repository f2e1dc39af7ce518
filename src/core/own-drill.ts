import { isCatalogId, type CatalogId } from './catalog/ids';
import { CATEGORIES, EQUIPMENT, PHASES, POSITIONS, ROUTINE_KINDS, type Category, type Dose, type Equipment, type Position, type RoutineKind, type Tempo } from './drill';
import { pictureUrlProblem } from './picture';
import { msg, type Msg } from './i18n';
import { MARKUP } from './transfer-strict';
import { arrayOf, boolean, idWhere, integer, isPlainObject, oneOf, optional, subsetOf, type Check, type Field } from './schema';

// A drill the user writes: the program a physiotherapist gave them. Its words are the user's own,
// stored as typed; its structure uses the catalog's lists and the catalog's dose, so rotation,
// levels and the guided timer treat it like any other drill. Checked field by field, so the form
// can say beside each field what is wrong.

export const OWN_LIMITS = { name: 60, purpose: 120, step: 200, steps: 8, note: 200 } as const;

export interface OwnDrill {
  id: string;
  name: string;
  purpose: string;
  steps: string[];
  cue: string;
  mistake: string;
  category: Category;
  equipment: Equipment[];
  position: Position;
  dose: Dose;
  /** A catalog drill whose figure draws it when it has no picture. */
  figure: CatalogId | null;
  /** The routines it joins besides the breaks. */
  routines: RoutineKind[];
  /** Whether ratings move it up and down its ladder; off, it stays at the dose written. */
  levels: boolean;
  /** A picture that travels with the drill, as a data URL (a program file, a policy); a drill's own picture is stored apart. */
  picture: string | null;
}

export type OwnDrillField = Exclude<keyof OwnDrill, 'id'>;

const ok = <T>(value: T) => ({ ok: true as const, value });
const bad = (message: Msg) => ({ ok: false as const, message });

/** Text typed by the user, trimmed; `required` refuses an empty one. */
function text(max: number, required: boolean): Field<string> {
  return {
    fallback: () => '',
    check: (raw) => {
      if (!required && (raw === undefined || raw === null)) return ok('');
      if (typeof raw !== 'string') return bad(msg('err_text'));
      const value = raw.trim();
      if (required && value === '') return bad(msg('err_text_empty'));
      if ([...value].length > max) return bad(msg('err_text_long', max));
      // What a program file may not hold (transfer-strict.ts), the form does not take either: one rule for both.
      if (MARKUP.test(value)) return bad(msg('err_text_markup'));
      return ok(value);
    },
  };
}

const phaseName = oneOf(PHASES, 'hold');
const phaseSeconds = integer(1, 1, 30, 'seconds');
const phase: Field<Tempo[number]> = {
  fallback: () => ({ phase: 'hold', seconds: 1 }),
  check: (raw) => {
    if (!isPlainObject(raw)) return bad(msg('err_object'));
    const name = phaseName.check(raw.phase);
    if (!name.ok) return bad(msg('err_member', 'phase', name.message));
    const seconds = phaseSeconds.check(raw.seconds);
    if (!seconds.ok) return bad(msg('err_member', 'seconds', seconds.message));
    return ok({ phase: name.value, seconds: seconds.value });
  },
};
const tempo = arrayOf(phase, 1, 4, [], 'word_phases');

/** Rest between sets or holds, where the prescription names it. */
const rest = integer(30, 5, 180, 'seconds');

/** The catalog's dose, within what a desk break can hold. */
const dose: Field<Dose> = {
  fallback: () => ({ kind: 'reps', reps: 10, sets: 1, perSide: false }),
  check: (raw) => {
    if (!isPlainObject(raw)) return bad(msg('err_object'));
    const fields = raw.kind === 'hold'
      ? { seconds: integer(30, 5, 120, 'seconds'), reps: integer(1, 1, 10), perSide: boolean(false) }
      : raw.kind === 'reps'
        ? { reps: integer(10, 1, 50), sets: integer(1, 1, 5), perSide: boolean(false) }
        : null;
    if (!fields) return bad(msg('err_one_of', 'reps, hold'));
    const out: Record<string, unknown> = { kind: raw.kind };
    for (const [key, field] of Object.entries(fields)) {
      const result = (field as Field<unknown>).check(raw[key]);
      if (!result.ok) return bad(msg('err_member', key, result.message));
      out[key] = result.value;
    }
    if (raw.rest !== undefined && raw.rest !== null) {
      const result = rest.check(raw.rest);
      if (!result.ok) return bad(msg('err_member', 'rest', result.message));
      out.rest = result.value;
    }
    if (raw.kind === 'reps' && raw.tempo !== undefined && raw.tempo !== null) {
      const result = tempo.check(raw.tempo);
      if (!result.ok) return bad(msg('err_member', 'tempo', result.message));
      out.tempo = result.value;
    }
    return ok(out as Dose);
  },
};

const equipment: Field<Equipment[]> = {
  fallback: () => ['none'],
  check: (raw) => {
    const result = arrayOf(oneOf(EQUIPMENT, 'none'), 1, EQUIPMENT.length, [], 'word_equipment').check(raw);
    return result.ok ? ok([...new Set(result.value)]) : result;
  },
};

const FIELDS: { [K in OwnDrillField]: Field<OwnDrill[K]> } = {
  name: text(OWN_LIMITS.name, true),
  purpose: text(OWN_LIMITS.purpose, true),
  steps: arrayOf(text(OWN_LIMITS.step, true), 1, OWN_LIMITS.steps, [], 'word_steps'),
  cue: text(OWN_LIMITS.note, false),
  mistake: text(OWN_LIMITS.note, false),
  category: oneOf(CATEGORIES, 'mobility'),
  equipment,
  position: oneOf(POSITIONS, 'standing'),
  dose,
  figure: optional(idWhere(isCatalogId, 'chin-tucks')),
  routines: absent(subsetOf(ROUTINE_KINDS, []), []),
  levels: absent(boolean(true), true),
  picture: optional({ fallback: () => '', check: (raw) => { const problem = pictureUrlProblem(raw); return problem ? bad(problem) : ok(raw as string); } }),
};

/** A field added after the first own drills were written: absent reads as `value`. */
function absent<T>(field: Field<T>, value: T): Field<T> {
  return { ...field, check: (raw) => (raw === undefined ? ok(value) : field.check(raw)) };
}

export type OwnDrillCheck = { ok: true; drill: OwnDrill } | { ok: false; problems: Partial<Record<OwnDrillField, Msg>> };

/** A drill as the form or a file gives it: the drill, or a message for each field that is wrong. */
export function checkOwnDrill(id: string, raw: unknown): OwnDrillCheck {
  const source = isPlainObject(raw) ? raw : {};
  const drill: Record<string, unknown> = { id };
  const problems: Partial<Record<OwnDrillField, Msg>> = {};
  for (const [key, field] of Object.entries(FIELDS) as [OwnDrillField, Field<unknown>][]) {
    const result: Check<unknown> = field.check(source[key]);
    if (result.ok) drill[key] = result.value;
    else problems[key] = result.message;
  }
  return Object.keys(problems).length === 0 ? { ok: true, drill: drill as unknown as OwnDrill } : { ok: false, problems };
}
