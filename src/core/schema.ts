import { msg, type Msg } from './i18n';

// A tiny schema layer: each field knows its default and how to read an untrusted value.
// Reading never throws; a bad field falls back to its default and is reported by name,
// so corrupted or foreign storage loses only what was actually broken.

export type Check<T> = { ok: true; value: T } | { ok: false; message: Msg };

export interface Field<T> {
  readonly fallback: () => T;
  /** Returns the value when it is acceptable, otherwise a message saying what is wrong. */
  readonly check: (raw: unknown) => Check<T>;
  /** The field as JSON Schema, where another program needs it (a browser's managed-storage schema). */
  readonly json?: JsonSchema;
  /**
   * A new value to store in place of `stored`, keeping what this version does not understand of
   * the stored one (a list's members written by a newer version). Without it, the new value is
   * stored as it is. (A method, so a field of any T stays a Field<unknown>.)
   */
  keep?(stored: unknown, next: T): unknown;
}

/** The subset of JSON Schema that Chromium's managed-storage schemas read; an integer without a bound takes any. */
export type JsonSchema =
  | { type: 'integer'; minimum?: number; maximum?: number }
  | { type: 'boolean' }
  | { type: 'string'; pattern?: string; enum?: readonly string[] }
  | { type: 'array'; items: JsonSchema }
  | { type: 'object'; properties: Record<string, JsonSchema> };

export type Schema = Record<string, Field<unknown>>;
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

const ok = <T>(value: T) => ({ ok: true as const, value });
const bad = (message: Msg) => ({ ok: false as const, message });

export function integer(fallback: number, min: number, max: number, unit: '' | 'minutes' | 'seconds' = ''): Field<number> {
  const suffix = unit ? `_${unit}` : '';
  return {
    fallback: () => fallback,
    json: { type: 'integer', minimum: min, maximum: max },
    check: (raw) => {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (
        // Stryker disable next-line ConditionalExpression: Number.isInteger refuses a non-number too; the typeof is for TypeScript.
        typeof n !== 'number' ||
        !Number.isInteger(n)
      ) {
        return bad(msg(`err_whole_number${suffix}`, min, max));
      }
      if (n < min || n > max) return bad(msg(`err_range${suffix}`, min, max));
      return ok(n);
    },
  };
}

export function timestamp(fallback: () => number): Field<number> {
  return {
    fallback,
    check: (raw) =>
      // Stryker disable next-line ConditionalExpression: Number.isFinite refuses a non-number too; the typeof is for TypeScript.
      typeof raw === 'number' &&
      Number.isFinite(raw) &&
      raw > 0
        ? ok(raw)
        : bad(msg('err_time')),
  };
}

export function optional<T>(inner: Field<T>): Field<T | null> {
  return {
    fallback: () => null,
    check: (raw) => (raw === null || raw === undefined ? ok(null) : inner.check(raw)),
  };
}

/**
 * A list whose members must come from `allowed`; unknown members are left out of the value read,
 * duplicates folded, and kept in storage when this version writes the list.
 */
export function subsetOf<T extends string>(allowed: readonly T[], fallback: readonly T[]): Field<T[]> {
  return {
    fallback: () => [...fallback],
    json: { type: 'array', items: { type: 'string', enum: allowed } },
    keep: (stored, next) => {
      const known = new Set<unknown>(allowed);
      const foreign = Array.isArray(stored) ? stored.filter((x) => !known.has(x)) : [];
      return [...new Set([...next, ...foreign])];
    },
    check: (raw) => {
      if (!Array.isArray(raw)) return bad(msg('err_list'));
      const known = new Set<string>(allowed);
      const member = (x: unknown): x is T =>
        // Stryker disable next-line ConditionalExpression: a Set of strings never has a non-string; the typeof is for TypeScript.
        typeof x === 'string' &&
        known.has(x);
      return ok([...new Set(raw.filter(member))]);
    },
  };
}

/**
 * A list of drill ids: the catalog's and the user's own (any id `isDrillId` takes); as subsetOf,
 * what this version does not take is left out of the value read and kept in storage.
 */
export function idsWhere<T extends string>(take: (x: unknown) => x is T, fallback: readonly T[]): Field<T[]> {
  return {
    fallback: () => [...fallback],
    keep: (stored, next) => [...new Set([...next, ...(Array.isArray(stored) ? stored.filter((x) => !take(x)) : [])])],
    check: (raw) => (Array.isArray(raw) ? ok([...new Set(raw.filter(take))]) : bad(msg('err_list'))),
  };
}

/** One id `take` accepts. */
export function idWhere<T extends string>(take: (x: unknown) => x is T, fallback: T): Field<T> {
  return { fallback: () => fallback, check: (raw) => (take(raw) ? ok(raw) : bad(msg('err_one_of', String(fallback)))) };
}

export function record<S extends Schema>(schema: S): Field<Values<S>> {
  return {
    fallback: () => defaults(schema),
    check: (raw) => {
      if (!isPlainObject(raw)) return bad(msg('err_object'));
      return ok(read(schema, raw).value);
    },
  };
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = field.fallback();
  return out as Values<S>;
}

/** Reads every field of `schema` from `raw`, keeping valid fields and naming the ones it had to repair. */
export function read<S extends Schema>(schema: S, raw: unknown): { value: Values<S>; repaired: string[] } {
  const source = isPlainObject(raw) ? raw : {};
  const out: Record<string, unknown> = {};
  const repaired: string[] = [];
  if (!isPlainObject(raw) && raw !== undefined) repaired.push('(whole record)');
  for (const [key, field] of Object.entries(schema)) {
    if (!(key in source)) {
      out[key] = field.fallback();
      continue;
    }
    const result = field.check(source[key]);
    if (result.ok) out[key] = result.value;
    else {
      out[key] = field.fallback();
      repaired.push(key);
    }
  }
  return { value: out as Values<S>, repaired };
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function oneOf<T extends string>(allowed: readonly T[], fallback: T): Field<T> {
  return {
    fallback: () => fallback,
    // Stryker disable next-line ConditionalExpression: a list of strings never includes a non-string; the typeof is for TypeScript.
    check: (raw) => (typeof raw === 'string' && (allowed as readonly string[]).includes(raw) ? ok(raw as T) : bad(msg('err_one_of', allowed.join(', ')))),
  };
}

/** A nested record that is all-or-nothing: one broken member drops the whole record to its fallback. */
export function strictRecord<S extends Schema>(schema: S): Field<Values<S> | null> {
  return {
    fallback: () => null,
    check: (raw) => {
      if (raw === null || raw === undefined) return ok(null);
      if (!isPlainObject(raw)) return bad(msg('err_object'));
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(schema)) {
        const result = field.check(raw[key]);
        if (!result.ok) return bad(msg('err_member', key, result.message));
        out[key] = result.value;
      }
      return ok(out as Values<S>);
    },
  };
}

export function boolean(fallback: boolean): Field<boolean> {
  return { fallback: () => fallback, json: { type: 'boolean' }, check: (raw) => (typeof raw === 'boolean' ? ok(raw) : bad(msg('err_on_off'))) };
}

/** A value from a fixed set of numbers (a select box). */
export function choice<T extends number>(allowed: readonly T[], fallback: T): Field<T> {
  return {
    fallback: () => fallback,
    check: (raw) => {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      return (allowed as readonly unknown[]).includes(n) ? ok(n as T) : bad(msg('err_choice', allowed.join(', ')));
    },
  };
}

/** A whole list checked member by member; any bad member fails the list with that member's message. */
/** `what` names the members in messages: a message key such as "word_periods". */
export function arrayOf<T>(member: Field<T>, min: number, max: number, fallback: readonly T[], what: string): Field<T[]> {
  return {
    fallback: () => structuredClone([...fallback]),
    ...(member.json ? { json: { type: 'array', items: member.json } } : {}),
    check: (raw) => {
      if (!Array.isArray(raw)) return bad(msg('err_list_of', msg(what)));
      if (raw.length < min || raw.length > max) return bad(msg('err_count', min, max, msg(what)));
      const out: T[] = [];
      for (const item of raw) {
        const result = member.check(item);
        if (!result.ok) return result;
        out.push(result.value);
      }
      return ok(out);
    },
  };
}

/** Adds a whole-value rule on top of a field, e.g. ordering between members. */
export function refine<T>(field: Field<T>, rule: (value: T) => Msg | null): Field<T> {
  return {
    fallback: field.fallback,
    ...(field.json ? { json: field.json } : {}),
    ...(field.keep ? { keep: field.keep } : {}),
    check: (raw) => {
      const result = field.check(raw);
      if (!result.ok) return result;
      const problem = rule(result.value);
      return problem ? bad(problem) : result;
    },
  };
}

/** Days of the week as Date#getDay numbers, unique and sorted; at least one. */
export function weekdays(fallback: readonly number[]): Field<number[]> {
  return {
    fallback: () => [...fallback],
    json: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 6 } },
    check: (raw) => {
      if (!Array.isArray(raw) || raw.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) return bad(msg('err_days'));
      const days = [...new Set(raw as number[])].sort((a, b) => a - b);
      return days.length === 0 ? bad(msg('err_days_none')) : ok(days);
    },
  };
}

/** A wall-clock time of day, "HH:mm". */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function clockTime(fallback: string): Field<string> {
  return {
    fallback: () => fallback,
    json: { type: 'string', pattern: CLOCK_TIME.source },
    check: (raw) => (typeof raw === 'string' && CLOCK_TIME.test(raw) ? ok(raw) : bad(msg('err_clock_time'))),
  };
}
