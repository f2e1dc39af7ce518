import { DRILL_IDS } from './catalog/ids';
import { CATEGORIES, EQUIPMENT, PHASES, POSITIONS, ROUTINE_KINDS } from './drill';
import { msg, render, type Msg, type Translate } from './i18n';
import type { OwnDrill } from './own-drill';
import { orgId } from './own-world';
import { parseProgram, PROGRAM_FORMAT } from './program';
import { isPlainObject, type JsonSchema } from './schema';
import { at } from './transfer-strict';

// A program an organisation (an employer, a clinic) pushes through browser policy: the `drills`
// field of the managed storage, in the same shape as a program file. Read as strictly as a file
// the user imports: a program with anything wrong is left out whole and named for the console.
// Each drill's id comes from its name (orgId), so a later policy that revises a drill keeps its
// level and history, and a drill the policy no longer names is gone from the drills there are.

export interface PolicyDrills {
  drills: OwnDrill[];
  /** Why the whole program was left out; empty when it applies. */
  refused: Msg[];
  /** Drills left out of a program that applies: a second drill of a name already taken. */
  left: Msg[];
  /** Whether the program names built-in drills (`catalog`), which a policy does not apply. */
  catalog: boolean;
}

export function readPolicyDrills(policy: unknown): PolicyDrills {
  const raw = isPlainObject(policy) ? policy.drills : undefined;
  if (raw === undefined) return { drills: [], refused: [], left: [], catalog: false };
  // An administrator may give the program as its JSON text (a policy editor without nested values).
  const result = parseProgram(typeof raw === 'string' ? raw : JSON.stringify(raw));
  if (!result.ok) return { drills: [], refused: result.errors, left: [], catalog: false };
  const seen = new Set<string>();
  const drills: OwnDrill[] = [];
  const left: Msg[] = [];
  result.drills.forEach((drill, i) => {
    // Two names that give one id are one name as far as the drills there are can tell.
    const id = orgId(drill.name);
    if (seen.has(id)) return void left.push(at(`drills[${i}].name`, msg('policy_same_name', drill.name)));
    seen.add(id);
    drills.push({ ...drill, id });
  });
  return { drills, refused: [], left, catalog: result.catalog.length > 0 };
}

/** A message named by its key and arguments, where `t` has no words for it. */
const orKeys =
  (t: Translate): Translate =>
  (key, substitutions = []) =>
    t(key, substitutions) || (substitutions.length > 0 ? `${key}(${substitutions.join(', ')})` : key);

/**
 * What was wrong with the pushed program, as the console says it to an administrator: each
 * message in `t`'s words (English), by its key where `t` has none.
 */
export function policyDrillsProblems({ refused, left, catalog }: PolicyDrills, t: Translate): string[] {
  const say = (m: Msg) => render(m, orKeys(t));
  if (refused.length > 0) return [`drills (none of the program’s drills apply): ${refused.map(say).join(' ')}`];
  // Switching built-in drills on and setting their levels is the user's to do; a program file does it on import.
  const ignored = catalog ? ['drills: catalog: built-in drills are not applied from a policy'] : [];
  return [...left.map((m) => `drills: ${say(m)}`), ...ignored];
}

const int = (minimum: number, maximum?: number): JsonSchema => ({ type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) });
const text: JsonSchema = { type: 'string' };
const listOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const oneOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: values });

/**
 * The program as Chromium's managed schema describes it. Chromium drops a policy value its schema
 * refuses, so the schema is never stricter than the program's own checks (own-drill.ts, whose
 * ranges the tests hold it to): whatever reaches Desk Reset is read, or named as wrong, by them.
 * Chromium's schemas have no null, so a drill without a figure or picture leaves the field out.
 */
export function policyDrillsSchema(): JsonSchema {
  const dose: JsonSchema = {
    type: 'object',
    properties: {
      kind: oneOf(['reps', 'hold']),
      // Up to 50 repetitions, up to 10 holds: the schema takes the wider.
      reps: int(1, 50),
      sets: int(1, 5),
      perSide: { type: 'boolean' },
      seconds: int(5, 120),
      rest: int(5, 180),
      tempo: listOf({ type: 'object', properties: { phase: oneOf(PHASES), seconds: int(1, 30) } }),
    },
  };
  const drill: JsonSchema = {
    type: 'object',
    properties: {
      name: text,
      purpose: text,
      steps: listOf(text),
      cue: text,
      mistake: text,
      category: oneOf(CATEGORIES),
      equipment: listOf(oneOf(EQUIPMENT)),
      position: oneOf(POSITIONS),
      dose,
      figure: oneOf(DRILL_IDS),
      routines: listOf(oneOf(ROUTINE_KINDS)),
      levels: { type: 'boolean' },
      picture: { type: 'string', pattern: '^data:image/(png|jpeg|webp);base64,' },
    },
  };
  // No upper bound on the version: a newer program is read, and named as newer, by Desk Reset.
  return { type: 'object', properties: { format: oneOf([PROGRAM_FORMAT]), version: int(1), drills: listOf(drill) } };
}
