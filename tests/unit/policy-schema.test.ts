import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog/ids';
import { CATEGORIES, EQUIPMENT, PHASES, POSITIONS, ROUTINE_KINDS } from '../../src/core/drill';
import { checkOwnDrill } from '../../src/core/own-drill';
import { MANAGEABLE, readPolicy } from '../../src/core/policy';
import { managedSchema } from '../../src/core/managed-schema';
import { readPolicyDrills } from '../../src/core/policy-drills';
import { buildProgram, PROGRAM_FORMAT } from '../../src/core/program';
import type { JsonSchema } from '../../src/core/schema';
import { doorway, program, wallAngels } from './policy-program';

// The managed schema as Chromium reads it (components/policy/core/common/schema.cc): a schema it
// finds invalid stops the extension from loading; a policy value it refuses is dropped whole, and
// an unknown property inside one is dropped (SCHEMA_ALLOW_UNKNOWN). Mirrored here, in brief.

const ATTRIBUTES: Record<string, readonly string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

/** Where Chromium would refuse the schema itself, or null. */
function invalidAt(node: Record<string, unknown>, path: string): string | null {
  const type = node.type as string;
  if (!ATTRIBUTES[type]) return `${path}: type ${String(type)}`;
  const unknown = Object.keys(node).find((key) => !ATTRIBUTES[type]!.includes(key));
  if (unknown) return `${path}: attribute ${unknown}`;
  if ('enum' in node && (!Array.isArray(node.enum) || node.enum.length === 0)) return `${path}: enum`;
  if (type === 'array') return node.items ? invalidAt(node.items as Record<string, unknown>, `${path}[]`) : `${path}: no items`;
  if (type === 'object') {
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const problem = invalidAt(child, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

type Read = { ok: true; value: unknown } | { ok: false; at: string };

/** Schema::Normalize with SCHEMA_ALLOW_UNKNOWN: the value as the extension gets it, or where it fails. */
function chromiumReads(schema: JsonSchema, value: unknown, path = ''): Read {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value === 'object' ? 'object' : typeof value;
  if (kind !== schema.type) return { ok: false, at: `${path}: expected ${schema.type}, got ${kind}` };
  if (schema.type === 'integer' && ((schema.minimum !== undefined && (value as number) < schema.minimum) || (schema.maximum !== undefined && (value as number) > schema.maximum))) return { ok: false, at: `${path}: out of range` };
  if (schema.type === 'string' && ((schema.enum && !schema.enum.includes(value as string)) || (schema.pattern && !new RegExp(schema.pattern).test(value as string)))) return { ok: false, at: `${path}: not allowed` };
  if (schema.type === 'array') {
    const out = [];
    for (const [i, item] of (value as unknown[]).entries()) {
      const read = chromiumReads(schema.items, item, `${path}[${i}]`);
      if (!read.ok) return read;
      out.push(read.value);
    }
    return { ok: true, value: out };
  }
  if (schema.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
      if (!schema.properties[key]) continue; // an unknown property: dropped, with a warning
      const read = chromiumReads(schema.properties[key], member, `${path}.${key}`);
      if (!read.ok) return read;
      out[key] = read.value;
    }
    return { ok: true, value: out };
  }
  return { ok: true, value };
}

const drillsSchema = () => managedSchema().properties.drills as Extract<JsonSchema, { type: 'object' }>;
const drillSchema = () => (drillsSchema().properties.drills as Extract<JsonSchema, { type: 'array' }>).items as Extract<JsonSchema, { type: 'object' }>;
const doseSchema = () => drillSchema().properties.dose as Extract<JsonSchema, { type: 'object' }>;
/** A drill as Chrome's schema takes it: a drill without a figure or picture leaves the field out (the schema has no null). */
const { figure: _f, picture: _p, ...doorwayForChrome } = doorway;

describe('the managed schema Chromium checks the policy against', () => {
  it('is a schema Chromium loads: every node one known type with only the attributes that type allows; no additionalProperties at the top', () => {
    const schema = managedSchema();
    expect(invalidAt(schema as unknown as Record<string, unknown>, '')).toBeNull();
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('names the settings, the locked list (which may lock the drills) and the program', () => {
    const schema = managedSchema();
    expect(Object.keys(schema.properties)).toEqual([...MANAGEABLE, 'locked', 'drills']);
    expect(schema.properties.locked).toEqual({ type: 'array', items: { type: 'string', enum: [...MANAGEABLE, 'drills'] } });
    expect(Object.keys(drillsSchema().properties)).toEqual(['format', 'version', 'drills']);
  });

  it('describes every field of a drill in a program file, so Chrome drops none of them', () => {
    const exported = JSON.parse(buildProgram([{ ...wallAngels, id: 'own-a' }])) as { drills: Record<string, unknown>[] };
    expect(Object.keys(drillSchema().properties).sort()).toEqual(Object.keys(exported.drills[0]!).sort());
    expect(Object.keys(doseSchema().properties).sort()).toEqual(['kind', 'perSide', 'reps', 'rest', 'seconds', 'sets', 'tempo']);
  });

  it('passes a program through unchanged, pictures and tempo included, and Desk Reset reads what Chrome passes', () => {
    const pushed = { drills: program(wallAngels, doorwayForChrome) };
    const read = chromiumReads(managedSchema(), pushed);
    expect(read).toEqual({ ok: true, value: pushed });
    expect(readPolicyDrills((read as { value: unknown }).value).drills.map((d) => d.name)).toEqual(['Wall angels', 'Doorway stretch']);
  });

  it('a drill that gives null for no figure or no picture, as an exported file does, is refused by Chrome: the README says to leave them out', () => {
    expect(chromiumReads(managedSchema(), { drills: program(doorway) })).toEqual({ ok: false, at: '.drills.drills[0].figure: expected string, got null' });
  });

  it('lists exactly the values the drill checks take', () => {
    const drill = drillSchema().properties;
    const dose = doseSchema().properties;
    const items = (s: JsonSchema | undefined) => (s?.type === 'array' ? s.items : undefined);
    expect(drillsSchema().properties.format).toEqual({ type: 'string', enum: [PROGRAM_FORMAT] });
    expect(drill.category).toEqual({ type: 'string', enum: CATEGORIES });
    expect(drill.position).toEqual({ type: 'string', enum: POSITIONS });
    expect(items(drill.equipment)).toEqual({ type: 'string', enum: EQUIPMENT });
    expect(items(drill.routines)).toEqual({ type: 'string', enum: ROUTINE_KINDS });
    expect(drill.figure).toEqual({ type: 'string', enum: DRILL_IDS });
    expect(dose.kind).toEqual({ type: 'string', enum: ['reps', 'hold'] });
    expect((items(dose.tempo) as Extract<JsonSchema, { type: 'object' }>).properties.phase).toEqual({ type: 'string', enum: PHASES });
  });

  it('is never stricter than Desk Reset’s own check at the edge of any number, so Desk Reset can say what is wrong', () => {
    const reps = { kind: 'reps', reps: 10, sets: 1, perSide: false };
    const hold = { kind: 'hold', seconds: 30, reps: 1, perSide: false };
    const cases: [string, (n: number) => object][] = [
      ['reps', (n) => ({ ...reps, reps: n })],
      ['sets', (n) => ({ ...reps, sets: n })],
      ['rest', (n) => ({ ...reps, rest: n })],
      ['seconds', (n) => ({ ...hold, seconds: n })],
      ['tempo', (n) => ({ ...reps, tempo: [{ phase: 'pull', seconds: n }] })],
    ];
    for (const [key, dose] of cases) {
      const json = key === 'tempo' ? ((doseSchema().properties.tempo as Extract<JsonSchema, { type: 'array' }>).items as Extract<JsonSchema, { type: 'object' }>).properties.seconds! : doseSchema().properties[key]!;
      if (json.type !== 'integer' || json.minimum === undefined || json.maximum === undefined) throw new Error(`${key} has no range`);
      const desk = (n: number) => checkOwnDrill('', { ...wallAngels, dose: dose(n) }).ok;
      expect([desk(json.minimum - 1), desk(json.minimum), desk(json.maximum), desk(json.maximum + 1)], key).toEqual([false, true, true, false]);
    }
  });

  it('takes a picture only as a data URL of a type Desk Reset takes', () => {
    const picture = drillSchema().properties.picture!;
    expect(chromiumReads(picture, wallAngels.picture).ok).toBe(true);
    expect(chromiumReads(picture, 'https://example.com/a.png').ok).toBe(false);
    expect(chromiumReads(picture, 'data:image/svg+xml;base64,PHN2Zz4=').ok).toBe(false);
  });
});

describe('the README’s examples of a program by policy', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### A program by policy'), readme.indexOf('## Reliability'));
  const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>);

  it('Chrome’s: Chrome passes it unchanged, Desk Reset reads every drill and the lock, and nothing is wrong', () => {
    const values = examples[0]!['3rdparty'].extensions['<extension id>'];
    expect(chromiumReads(managedSchema(), values)).toEqual({ ok: true, value: values });
    expect(readPolicy(values)).toEqual({ policy: { values: {}, locked: ['drills'] }, problems: [] });
    const read = readPolicyDrills(values);
    expect([read.refused, read.left]).toEqual([[], []]);
    expect(read.drills.map((d) => d.name)).toEqual(['Wall angels', 'Doorway chest stretch']);
    expect(read.drills[0]!.picture).toMatch(/^data:image\/png;base64,/);
  });

  it('Firefox’s: read the same', () => {
    const values = examples[1]!.policies['3rdparty'].Extensions['desk-reset@desk-reset.app'];
    expect(readPolicy(values).policy.locked).toEqual(['drills']);
    expect(readPolicyDrills(values).drills.map((d) => d.name)).toEqual(['Doorway chest stretch']);
  });
});
