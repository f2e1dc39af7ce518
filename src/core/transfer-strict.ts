import { msg, type MessageArg, type Msg } from './i18n';
import { isPlainObject } from './schema';

// The strict second pass of an import. The schema that guards storage is lenient: it reads "60"
// as 60 and drops unknown drills, because storage should lose as little as it can. A file is held
// to more: whatever the schema had to coerce or trim, or any markup anywhere, is a refusal here.

/** `path: reason`, the form of most refusals. */
export const at = (path: string, reason: Msg): Msg => msg('import_at', path, reason);

/** Markup or a script address: what no text a file (or the form, own-drill.ts) holds may have. */
export const MARKUP = /[<>]|javascript\s*:/i;

/** Deep equality of JSON values; recursion is bounded by the shallower side. */
export function same(a: unknown, b: unknown): boolean {
  // A list or an object against anything else falls through to Object.is, which tells them apart.
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return Object.is(a, b);
}

/**
 * Checks that `raw` is what the schema read it as, not something it had to coerce or trim:
 * no unknown fields, no list members it dropped, no numbers written as text. Reports each
 * difference under `path` and says whether there were none.
 */
export function exactly(raw: unknown, read: unknown, path: string, errors: Msg[]): boolean {
  const before = errors.length;
  if (Array.isArray(read)) {
    if (!Array.isArray(raw)) errors.push(at(path, msg('import_expected_list')));
    else {
      raw.forEach((item: unknown, i) => {
        const counterpart = raw.length === read.length ? read[i] : undefined;
        if (same(item, counterpart) || read.some((r) => same(item, r))) return;
        if (isPlainObject(item) && isPlainObject(counterpart)) exactly(item, counterpart, `${path}[${i}]`, errors);
        else errors.push(at(`${path}[${i}]`, msg('import_unknown_value', describe(item))));
      });
    }
  } else if (isPlainObject(read)) {
    if (!isPlainObject(raw)) errors.push(at(path, msg('import_expected_object')));
    else {
      for (const key of Object.keys(raw)) {
        if (!Object.hasOwn(read, key)) errors.push(at(pathTo(path, key), msg('import_unknown_field')));
        else exactly(raw[key], read[key], pathTo(path, key), errors);
      }
    }
  } else if (!Object.is(raw, read)) {
    errors.push(at(path, typeof raw !== typeof read ? msg('import_expected_kind', kindOf(read), kindOf(raw)) : msg('import_wrong_form')));
  }
  return errors.length === before;
}


function kindOf(x: unknown): MessageArg {
  if (x === null) return msg('import_kind_null');
  if (Array.isArray(x)) return msg('import_kind_list');
  switch (typeof x) {
    case 'string':
      return msg('import_kind_text');
    case 'number':
      return msg('import_kind_number');
    case 'boolean':
      return msg('import_kind_boolean');
    case 'object':
      return msg('import_kind_object');
    default:
      // Not a JSON type, so never in a parsed file; named as JavaScript names it.
      return typeof x;
  }
}

/** A value from the file as text (quoted when it is text), or the kind of thing it is. */
function describe(x: unknown): MessageArg {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean' || x === null) return String(x);
  return kindOf(x);
}

export function pathTo(parent: string, key: string | number): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a number fails the name test below and prints the same
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key) && key.length <= 40) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/**
 * Every string in the file, keys included, that holds markup or a script URL. Walks without
 * recursion, so a file nested thousands deep cannot overflow the stack; paths are built only
 * for what is reported.
 */
export function markupProblems(root: unknown): Msg[] {
  const problems: Msg[] = [];
  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (MARKUP.test(value)) problems.push(msg('import_markup', pathOf(visit)));
    } else if (Array.isArray(value)) {
      // Stryker disable next-line ArithmeticOperator: a start past the end only adds undefined, which holds no text
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit });
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value).reverse();
      for (const key of keys) {
        if (MARKUP.test(key)) {
          const where = pathOf(visit);
          problems.push(where ? msg('import_markup_name', where) : msg('import_markup_name_file'));
        }
        stack.push({ value: value[key], key, parent: visit });
      }
    }
  }
  return problems;
}

function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) keys.push(v.key);
  keys.reverse();
  const shown = keys.length > 12 ? [...keys.slice(0, 6), '…', ...keys.slice(-5)] : keys;
  return shown.reduce<string>((path, key) => (key === '…' ? `${path}…` : pathTo(path, key)), '');
}
