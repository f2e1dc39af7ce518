import { format } from 'date-fns';
import { readDays, readHistory, type BreakEvent, type DaySummary, type HistoryStore } from './history';
import { isPlainObject } from './schema';
import { migrate, settingsSchema, SETTINGS_VERSION, toStored, validateSettings, type Settings, type SettingsKey } from './settings';

// Export and import of everything the user owns: settings and break history, as one JSON file.
// Storage reads repair what they can; an import is the opposite. A file is checked whole and
// refused whole when anything in it is wrong or unexpected, so nothing half-read or hostile is
// ever written. Hostile content is refused, never cleaned.

export const EXPORT_FORMAT = 'desk-reset';
export const EXPORT_VERSION = 1;
/** Largest file we read, in UTF-8 bytes. A year of history is far smaller. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** Errors shown for one file; the rest are counted. */
export const MAX_REPORTED_ERRORS = 10;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings & { version: number };
  history: { events: BreakEvent[]; days: DaySummary[] };
}

export interface Transferable {
  settings: Settings;
  history: HistoryStore;
}

export type ImportResult = { ok: true; data: Transferable } | { ok: false; errors: string[] };

export function buildExport(settings: Settings, history: HistoryStore, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: toStored(settings),
    history: { events: [...history.events], days: [...history.days] },
  };
}

/** `desk-reset-2026-03-02.json`, dated in local time. */
export function exportFileName(now: number): string {
  return `desk-reset-${format(now, 'yyyy-MM-dd')}.json`;
}

/** The refusal for a file of `bytes` bytes, or null when the size is acceptable. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is ${(bytes / 1_000_000).toFixed(1)} MB; a Desk Reset export is at most 1 MB. Choose a file exported from Desk Reset.`;
}

const NOT_OURS = 'This file is not a Desk Reset export. Choose a file made with “Export settings and history”.';
const TOP_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'history']);
const HISTORY_KEYS = new Set(['events', 'days']);
const SETTINGS_KEYS = new Set<string>([...Object.keys(settingsSchema), 'version']);
const MARKUP = /[<>]|javascript\s*:/i;

/** Reads an export file strictly: the settings and history it holds, or every reason it is refused. */
export function parseImport(text: string): ImportResult {
  try {
    return capErrors(parseStrict(text));
  } catch {
    // Nothing above should throw; if something does, the file is still refused rather than half-read.
    return { ok: false, errors: ['This file could not be read as a Desk Reset export.'] };
  }
}

function capErrors(result: ImportResult): ImportResult {
  if (result.ok || result.errors.length <= MAX_REPORTED_ERRORS) return result;
  const rest = result.errors.length - MAX_REPORTED_ERRORS;
  return { ok: false, errors: [...result.errors.slice(0, MAX_REPORTED_ERRORS), `…and ${rest} more.`] };
}

function parseStrict(text: string): ImportResult {
  const refuse = (...errors: string[]): ImportResult => ({ ok: false, errors });
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused before it is encoded.
  const tooBig = sizeProblem(text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length);
  if (tooBig) return refuse(tooBig);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse('The file is empty.');

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return refuse(`The file is not valid JSON, so it cannot be a Desk Reset export.`);
  }
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) return refuse(NOT_OURS);
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return refuse('The file has no valid export version, so it cannot be read.');
  }
  if (raw.version > EXPORT_VERSION) {
    return refuse(`This file was made by a newer version of Desk Reset (export version ${raw.version}). Update Desk Reset, then import it again.`);
  }

  const errors = markupProblems(raw);
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) errors.push(`${pathTo('', key)}: unknown field; an export holds only format, version, exportedAt, settings and history.`);
  }
  if (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt))) {
    errors.push('exportedAt: missing, or not a date.');
  }
  const settings = readSettingsStrict(raw.settings, errors);
  const history = readHistoryStrict(raw.history, errors);
  if (errors.length > 0 || !settings || !history) return { ok: false, errors };
  return { ok: true, data: { settings, history } };
}

function readSettingsStrict(raw: unknown, errors: string[]): Settings | null {
  if (!isPlainObject(raw)) {
    errors.push('settings: missing, or not a set of settings.');
    return null;
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    errors.push('settings.version: missing, or not a whole number.');
    return null;
  }
  if (version > SETTINGS_VERSION) {
    errors.push(`settings.version: these settings come from a newer version of Desk Reset (settings version ${version}). Update Desk Reset, then import again.`);
    return null;
  }
  const before = errors.length;
  for (const key of Object.keys(raw)) {
    if (!SETTINGS_KEYS.has(key)) errors.push(`${pathTo('settings', key)}: unknown setting.`);
  }
  // Settings from an older version are brought forward exactly as storage would bring them.
  const migrated = migrate(raw);
  const source = isPlainObject(migrated) ? migrated : raw;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(settingsSchema)) {
    // An older export may lack settings added since; those take their defaults.
    if (!Object.hasOwn(source, key)) {
      out[key] = field.fallback();
      continue;
    }
    const result = field.check(source[key]);
    if (!result.ok) {
      errors.push(`settings.${key}: ${result.message}`);
      continue;
    }
    // The schema is lenient (it reads "60" as 60, drops unknown drills); an import is not.
    exactly(source[key], result.value, `settings.${key}`, errors);
    out[key] = result.value;
  }
  if (errors.length > before) return null;
  const settings = out as Settings;
  for (const [key, message] of Object.entries(validateSettings(settings))) errors.push(`settings.${key}: ${message}`);
  return errors.length > before ? null : settings;
}

function readHistoryStrict(raw: unknown, errors: string[]): HistoryStore | null {
  if (!isPlainObject(raw)) {
    errors.push('history: missing, or not a break history.');
    return null;
  }
  const before = errors.length;
  for (const key of Object.keys(raw)) {
    if (!HISTORY_KEYS.has(key)) errors.push(`${pathTo('history', key)}: unknown field; history holds only events and days.`);
  }
  const events: BreakEvent[] = [];
  if (!Array.isArray(raw.events)) errors.push('history.events: missing, or not a list.');
  else {
    raw.events.forEach((item: unknown, i) => {
      const path = `history.events[${i}]`;
      const event = readHistory([item]).events[0];
      if (!event) errors.push(`${path}: not a valid break record (it needs a time, an outcome and known drill and rating names).`);
      else if (exactly(item, event, path, errors)) events.push(event);
    });
  }
  const days: DaySummary[] = [];
  if (!Array.isArray(raw.days)) errors.push('history.days: missing, or not a list.');
  else {
    const seen = new Set<string>();
    raw.days.forEach((item: unknown, i) => {
      const path = `history.days[${i}]`;
      const day = readDays([item]).days[0];
      if (!day) errors.push(`${path}: not a valid day summary (it needs a yyyy-MM-dd day and whole-number counts).`);
      else if (seen.has(day.day)) errors.push(`${path}: ${day.day} appears more than once.`);
      else if (exactly(item, day, path, errors)) {
        seen.add(day.day);
        days.push(day);
      }
    });
  }
  return errors.length > before ? null : { events, days };
}

/**
 * Checks that `raw` is what the schema read it as, not something it had to coerce or trim:
 * no unknown fields, no list members it dropped, no numbers written as text. Reports each
 * difference under `path` and says whether there were none.
 */
function exactly(raw: unknown, read: unknown, path: string, errors: string[]): boolean {
  const before = errors.length;
  if (Array.isArray(read)) {
    if (!Array.isArray(raw)) errors.push(`${path}: expected a list.`);
    else {
      raw.forEach((item: unknown, i) => {
        const counterpart = raw.length === read.length ? read[i] : undefined;
        if (same(item, counterpart) || read.some((r) => same(item, r))) return;
        if (isPlainObject(item) && isPlainObject(counterpart)) exactly(item, counterpart, `${path}[${i}]`, errors);
        else errors.push(`${path}[${i}]: ${describe(item)} is not a value Desk Reset knows here.`);
      });
    }
  } else if (isPlainObject(read)) {
    if (!isPlainObject(raw)) errors.push(`${path}: expected an object.`);
    else {
      for (const key of Object.keys(raw)) {
        if (!Object.hasOwn(read, key)) errors.push(`${pathTo(path, key)}: unknown field.`);
        else exactly(raw[key], read[key], pathTo(path, key), errors);
      }
    }
  } else if (!Object.is(raw, read)) {
    errors.push(typeof raw !== typeof read ? `${path}: expected ${kindOf(read)}, not ${kindOf(raw)}.` : `${path}: not in the expected form.`);
  }
  return errors.length === before;
}

/** Deep equality of JSON values; recursion is bounded by the shallower side. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return Object.is(a, b);
}

function kindOf(x: unknown): string {
  if (x === null) return 'nothing (null)';
  if (Array.isArray(x)) return 'a list';
  switch (typeof x) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'on or off (true or false)';
    case 'object':
      return 'an object';
    default:
      return typeof x;
  }
}

function describe(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (typeof x === 'number' || typeof x === 'boolean' || x === null) return String(x);
  return kindOf(x);
}

function pathTo(parent: string, key: string | number): string {
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
function markupProblems(root: unknown): string[] {
  const problems: string[] = [];
  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (MARKUP.test(value)) problems.push(`${pathOf(visit)} contains markup`);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit });
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value).reverse();
      for (const key of keys) {
        if (MARKUP.test(key)) problems.push(`${pathOf(visit) || 'The file'} has a field name that contains markup`);
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

// ---- The preview: what an import would change, one plain line per change. ----

const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function describeDays(days: readonly number[]): string {
  const on = DAY_ORDER.filter((d) => days.includes(d));
  if (on.length === 7) return 'every day';
  const parts: string[] = [];
  let i = 0;
  while (i < on.length) {
    let j = i;
    while (j + 1 < on.length && DAY_ORDER.indexOf(on[j + 1]!) === DAY_ORDER.indexOf(on[j]!) + 1) j++;
    if (j - i >= 2) parts.push(`${DAY_NAMES[on[i]!]}–${DAY_NAMES[on[j]!]}`);
    else for (let k = i; k <= j; k++) parts.push(DAY_NAMES[on[k]!]!);
    i = j + 1;
  }
  return parts.join(', ') || 'none';
}

const list = (xs: readonly (string | number)[]) => (xs.length === 0 ? 'none' : xs.join(', '));
const onOff = (b: boolean) => (b ? 'on' : 'off');

interface Describe<K extends SettingsKey> {
  label: string;
  show: (value: Settings[K]) => string;
  /** Compared as a set: the same members in another order is no change. */
  asSet?: boolean;
}

/**
 * A short label and a plain rendering for each setting. A setting added later without an entry
 * here still shows, under its field name; a unit test asks for an entry for every setting.
 */
export const SETTING_LABELS: { [K in SettingsKey]?: Describe<K> } = {
  intervalMinutes: { label: 'Minutes between breaks', show: String },
  workDays: { label: 'Working days', show: describeDays, asSet: true },
  workHours: { label: 'Working hours', show: (hs) => hs.map((h) => `${h.start}–${h.end}`).join(', ') },
  headsUpMinutes: { label: 'Heads-up before a break', show: (m) => (m === 0 ? 'off' : `${m} min`) },
  idleMinutes: { label: 'Minutes away that count as a break', show: String },
  snoozeMinutes: { label: 'Snooze lengths (minutes)', show: list },
  snoozeCap: { label: 'Snoozes in a row', show: String },
  showBadge: { label: 'Minutes on the toolbar icon', show: onOff },
  openDrillAutomatically: { label: 'Open the drill by itself', show: onOff },
  soundCues: { label: 'Sound cues', show: onOff },
  morningRoutine: { label: 'Morning routine', show: onOff },
  morningTime: { label: 'Morning routine at', show: String },
  eveningRoutine: { label: 'Evening routine', show: onOff },
  eveningTime: { label: 'Evening routine at', show: String },
  disabledDrills: { label: 'Drills switched off', show: (ds) => String(ds.length), asSet: true },
  equipment: { label: 'Equipment', show: list, asSet: true },
  spaces: { label: 'Places for breaks', show: list, asSet: true },
  drillCapSeconds: { label: 'Longest drill (seconds)', show: String },
  painfulDrills: { label: 'Drills marked painful', show: (ds) => String(ds.length), asSet: true },
  safetyAcknowledged: { label: 'Safety notice read', show: (b) => (b ? 'yes' : 'no') },
};

function describeSetting(key: SettingsKey): Describe<SettingsKey> {
  const known = SETTING_LABELS[key] as Describe<SettingsKey> | undefined;
  return known ?? { label: key, show: (v) => (Array.isArray(v) ? list(v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : x))) : String(v)) };
}

function sameSetting(key: SettingsKey, a: unknown, b: unknown): boolean {
  if (describeSetting(key).asSet && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x) => b.includes(x));
  }
  return same(a, b);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeHistory(h: HistoryStore): string {
  const events = count(h.events.length, 'event', 'events');
  return h.days.length > 0 ? `${events} and ${count(h.days.length, 'older day', 'older days')}` : events;
}

/** Lines for the import preview: one per setting that would change, then what happens to history. */
export function describeChanges(current: Transferable, incoming: Transferable): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(settingsSchema) as SettingsKey[]) {
    const before = current.settings[key];
    const after = incoming.settings[key];
    if (sameSetting(key, before, after)) continue;
    const { label, show } = describeSetting(key);
    const was = show(before);
    const will = show(after);
    lines.push(`${label}: ${was} → ${will}${was === will ? ' (different ones)' : ''}`);
  }
  if (lines.length === 0) lines.push('No settings change.');
  const withDays = current.history.days.length > 0 || incoming.history.days.length > 0;
  const now = withDays ? describeHistory(current.history) : count(current.history.events.length, 'event', 'events');
  const file = withDays ? describeHistory(incoming.history) : `${incoming.history.events.length}`;
  lines.push(`History: ${now} now, ${file} in the file (the file replaces your history)`);
  return lines;
}
