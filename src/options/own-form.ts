import type { CatalogId } from '../core/catalog/ids';
import type { Category, Equipment, Phase, Position, RoutineKind } from '../core/drill';
import type { Msg, Translate } from '../core/i18n';
import { checkOwnDrill, type OwnDrill } from '../core/own-drill';
import { fittedName } from '../core/own-names';

// The form for a drill the user writes, as it holds what they type: numbers as text, so a half
// typed value stays as typed. Checked by the same checkOwnDrill that guards storage and program
// files, its messages placed beside the control they are about.

export interface OwnValues {
  name: string;
  purpose: string;
  steps: string[];
  cue: string;
  mistake: string;
  category: Category;
  /** The kit it needs; none ticked means it needs nothing (the catalog's 'none'). */
  equipment: Equipment[];
  position: Position;
  kind: 'reps' | 'hold';
  reps: string;
  sets: string;
  perSide: boolean;
  /** Phases of one repetition; none means the timer counts plain repetitions. */
  tempo: { phase: Phase; seconds: string }[];
  seconds: string;
  holds: string;
  /** Seconds between sets or holds; empty for the usual pause. */
  rest: string;
  levels: boolean;
  routines: RoutineKind[];
  figure: CatalogId | '';
}

export const MAX_PHASES = 4;

/** A dose that is right, for checking one member of the user's alone. */
const NEW_VALUES_DOSE = { reps: '10', sets: '1', tempo: [], seconds: '30', holds: '1', rest: '' } satisfies Partial<OwnValues>;

export const NEW_VALUES: OwnValues = {
  ...NEW_VALUES_DOSE,
  name: '',
  purpose: '',
  steps: [''],
  cue: '',
  mistake: '',
  category: 'mobility',
  equipment: [],
  position: 'standing',
  kind: 'reps',
  perSide: false,
  levels: true,
  routines: [],
  figure: '',
};

/** The form filled with a stored drill, to edit it. */
export function valuesOf(drill: OwnDrill): OwnValues {
  const dose = drill.dose;
  return {
    ...NEW_VALUES,
    name: drill.name,
    purpose: drill.purpose,
    steps: [...drill.steps],
    cue: drill.cue,
    mistake: drill.mistake,
    category: drill.category,
    equipment: drill.equipment.filter((e) => e !== 'none'),
    position: drill.position,
    kind: dose.kind,
    perSide: dose.perSide,
    rest: dose.rest === undefined ? '' : String(dose.rest),
    ...(dose.kind === 'reps'
      ? { reps: String(dose.reps), sets: String(dose.sets), tempo: (dose.tempo ?? []).map((p) => ({ phase: p.phase, seconds: String(p.seconds) })) }
      : { seconds: String(dose.seconds), holds: String(dose.reps) }),
    levels: drill.levels,
    routines: [...drill.routines],
    figure: (drill.figure ?? '') as CatalogId | '',
  };
}

function doseOf(v: OwnValues): Record<string, unknown> {
  const rest = v.rest.trim() === '' ? {} : { rest: v.rest };
  if (v.kind === 'hold') return { kind: 'hold', seconds: v.seconds, reps: v.holds, perSide: v.perSide, ...rest };
  const tempo = v.tempo.length ? { tempo: v.tempo.map((p) => ({ phase: p.phase, seconds: p.seconds })) } : {};
  return { kind: 'reps', reps: v.reps, sets: v.sets, perSide: v.perSide, ...tempo, ...rest };
}

/** What the form gives to checkOwnDrill; the picture is checked and stored apart. */
function rawOf(v: OwnValues): Record<string, unknown> {
  const { kind: _k, reps: _r, sets: _s, perSide: _p, tempo: _t, seconds: _sec, holds: _h, rest: _rest, ...words } = v;
  return { ...words, equipment: v.equipment.length ? v.equipment : ['none'], dose: doseOf(v), figure: v.figure || null, picture: null };
}

/** A message for each control that is wrong, by the control's id. */
export type FormErrors = Record<string, Msg>;

/** The dose's controls, by the member of the dose each one gives. */
const DOSE_CONTROLS = {
  reps: { reps: ['reps', 'own-reps'], sets: ['sets', 'own-sets'], rest: ['rest', 'own-rest'] },
  hold: { seconds: ['seconds', 'own-seconds'], reps: ['holds', 'own-holds'], rest: ['rest', 'own-rest'] },
} as const;

/** A dose message unwrapped: `err_member` names the member; the user sees the message beside it, not the name. */
function member(m: Msg): { name: string; message: Msg } | null {
  return m.key === 'err_member' && typeof m.args[0] === 'string' && typeof m.args[1] === 'object' ? { name: m.args[0], message: m.args[1] } : null;
}

/** The dose's message when only `patch` differs from a dose that is right: one member checked alone. */
function doseAlone(id: string, v: OwnValues, patch: Partial<OwnValues>): { name: string; message: Msg } | null {
  const { kind, perSide } = v;
  const alone = checkOwnDrill(id, rawOf({ ...v, ...NEW_VALUES_DOSE, kind, perSide, ...patch }));
  return alone.ok || !alone.problems.dose ? null : member(alone.problems.dose);
}

/**
 * The dose's check stops at its first wrong member and names no phase: each member and each phase
 * is checked alone, so every message stands beside its own control.
 */
function doseErrors(id: string, v: OwnValues, problem: Msg): FormErrors {
  const errors: FormErrors = {};
  const controls: Record<string, readonly ['reps' | 'sets' | 'seconds' | 'holds' | 'rest', string]> = DOSE_CONTROLS[v.kind];
  for (const [name, [key, control]] of Object.entries(controls)) {
    const wrong = doseAlone(id, v, { [key]: v[key] });
    if (wrong?.name === name) errors[control] = wrong.message;
  }
  if (v.kind === 'reps') {
    v.tempo.forEach((phase, i) => {
      const wrong = doseAlone(id, v, { tempo: [phase] });
      const part = wrong?.name === 'tempo' ? member(wrong.message) : null;
      if (part) errors[part.name === 'phase' ? `own-phase-${i}` : `own-phase-seconds-${i}`] = part.message;
    });
  }
  if (Object.keys(errors).length) return errors;
  const inner = member(problem);
  return inner?.name === 'tempo' ? { 'own-tempo': inner.message } : { 'own-dose': problem };
}

/** The drill the form describes, or a message beside each wrong control. */
export function checkForm(id: string, v: OwnValues): { ok: true; drill: OwnDrill } | { ok: false; errors: FormErrors } {
  const result = checkOwnDrill(id, rawOf(v));
  if (result.ok) return result;
  const errors: FormErrors = {};
  for (const [field, problem] of Object.entries(result.problems)) {
    if (field === 'steps') {
      // The same for the steps: each checked alone, its message beside it.
      v.steps.forEach((step, i) => {
        const alone = checkOwnDrill(id, rawOf({ ...v, steps: [step] }));
        if (!alone.ok && alone.problems.steps) errors[`own-step-${i}`] = alone.problems.steps;
      });
      if (!Object.keys(errors).some((k) => k.startsWith('own-step-'))) errors['own-steps'] = problem;
    } else if (field === 'dose') Object.assign(errors, doseErrors(id, v, problem));
    else errors[`own-${field}`] = problem;
  }
  return { ok: false, errors };
}

/** "<name> (copy)" in the user's language, the name shortened where the whole would be too long. */
export function copyName(name: string, t: Translate): string {
  return fittedName(name, (base) => t('own_copy_name', [base]));
}
