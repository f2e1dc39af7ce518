import { dayKey } from './history';
import { readDays, readHistory, type BreakEvent, type DaySummary, type HistoryStore } from './history';
import { msg, type MessageArg, type Msg } from './i18n';
import { isPlainObject } from './schema';
import { migrate, OWNABLE_EQUIPMENT, settingsSchema, SETTINGS_VERSION, SPACES, toStored, type Settings, type SettingsKey } from './settings';
import { validateSettings } from './settings-rules';

// Export and import of everything the user owns: settings and break history, as one JSON file.
// Storage reads repair what they can; an import is the opposite. A file is checked whole and
// refused whole when anything in it is wrong or unexpected, so nothing half-read or hostile is
// ever written. Hostile content is refused, never cleaned.
//
// Everything meant for the user (refusals, preview lines) is a message key with arguments, for
// the options page to render in the user's language. Paths such as `settings.workHours[0]` name
// fields of the file itself and stay as they are in every language.

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

export type ImportResult = { ok: true; data: Transferable } | { ok: false; errors: Msg[] };

export function buildExport(settings: Settings, history: HistoryStore, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: toStored(settings),
    history: { events: [...history.events], days: [...history.days] },
  };
}

/**
 * The file's text: indented for reading, with one history entry per line, so even a full history
 * (MAX_EVENTS events and years of day counts) stays well under MAX_IMPORT_BYTES and can be
 * imported back.
 */
export function serializeExport(file: ExportFile): string {
  const rows = (items: readonly object[]) => (items.length === 0 ? '[]' : `[\n${items.map((item) => `      ${JSON.stringify(item)}`).join(',\n')}\n    ]`);
  const { history, ...head } = file;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "history": {\n    "events": ${rows(history.events)},\n    "days": ${rows(history.days)}\n  }\n}\n`;
}

/** `desk-reset-2026-03-02.json`, dated in local time. */
export function exportFileName(now: number): string {
  return `desk-reset-${dayKey(now)}.json`;
}

/** The refusal for a file of `bytes` bytes, or null when the size is acceptable. */
export function sizeProblem(bytes: number): Msg | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  // Megabytes to one decimal, as whole and tenths, so each language writes its own decimal mark.
  const tenths = Math.round(bytes / 100_000);
  return msg('import_too_big', Math.floor(tenths / 10), tenths % 10);
}

/** `path: reason`, the form of most refusals. */
const at = (path: string, reason: Msg): Msg => msg('import_at', path, reason);

/** Names the export button by its own message, so the two always read the same. */
const NOT_OURS = msg('import_not_ours', msg('data_export'));
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
    return { ok: false, errors: [msg('import_unreadable')] };
  }
}

function capErrors(result: ImportResult): ImportResult {
  if (result.ok || result.errors.length <= MAX_REPORTED_ERRORS) return result;
  const rest = result.errors.length - MAX_REPORTED_ERRORS;
  return { ok: false, errors: [...result.errors.slice(0, MAX_REPORTED_ERRORS), msg('import_more', rest)] };
}

function parseStrict(text: string): ImportResult {
  const refuse = (...errors: Msg[]): ImportResult => ({ ok: false, errors });
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused before it is encoded.
  const tooBig = sizeProblem(text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length);
  if (tooBig) return refuse(tooBig);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse(msg('import_empty'));

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return refuse(msg('import_not_json'));
  }
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) return refuse(NOT_OURS);
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return refuse(msg('import_no_version'));
  }
  if (raw.version > EXPORT_VERSION) {
    return refuse(msg('import_newer_export', raw.version));
  }

  const errors = markupProblems(raw);
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) errors.push(at(pathTo('', key), msg('import_unknown_top')));
  }
  if (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt))) {
    errors.push(at('exportedAt', msg('import_not_date')));
  }
  const settings = readSettingsStrict(raw.settings, errors);
  const history = readHistoryStrict(raw.history, errors);
  if (errors.length > 0 || !settings || !history) return { ok: false, errors };
  return { ok: true, data: { settings, history } };
}

function readSettingsStrict(raw: unknown, errors: Msg[]): Settings | null {
  if (!isPlainObject(raw)) {
    errors.push(at('settings', msg('import_not_settings')));
    return null;
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    errors.push(at('settings.version', msg('import_not_whole')));
    return null;
  }
  if (version > SETTINGS_VERSION) {
    errors.push(at('settings.version', msg('import_newer_settings', version)));
    return null;
  }
  const before = errors.length;
  for (const key of Object.keys(raw)) {
    if (!SETTINGS_KEYS.has(key)) errors.push(at(pathTo('settings', key), msg('import_unknown_setting')));
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
      errors.push(at(`settings.${key}`, result.message));
      continue;
    }
    // The schema is lenient (it reads "60" as 60, drops unknown drills); an import is not.
    exactly(source[key], result.value, `settings.${key}`, errors);
    out[key] = result.value;
  }
  if (errors.length > before) return null;
  const settings = out as Settings;
  for (const [key, message] of Object.entries(validateSettings(settings))) errors.push(at(`settings.${key}`, message));
  return errors.length > before ? null : settings;
}

function readHistoryStrict(raw: unknown, errors: Msg[]): HistoryStore | null {
  if (!isPlainObject(raw)) {
    errors.push(at('history', msg('import_not_history')));
    return null;
  }
  const before = errors.length;
  for (const key of Object.keys(raw)) {
    if (!HISTORY_KEYS.has(key)) errors.push(at(pathTo('history', key), msg('import_unknown_history')));
  }
  const events: BreakEvent[] = [];
  if (!Array.isArray(raw.events)) errors.push(at('history.events', msg('import_not_list')));
  else {
    raw.events.forEach((item: unknown, i) => {
      const path = `history.events[${i}]`;
      const event = readHistory([item]).events[0];
      if (!event) errors.push(at(path, msg('import_bad_event')));
      else if (exactly(item, event, path, errors)) events.push(event);
    });
  }
  const days: DaySummary[] = [];
  if (!Array.isArray(raw.days)) errors.push(at('history.days', msg('import_not_list')));
  else {
    const seen = new Set<string>();
    raw.days.forEach((item: unknown, i) => {
      const path = `history.days[${i}]`;
      const day = readDays([item]).days[0];
      if (!day) errors.push(at(path, msg('import_bad_day')));
      else if (seen.has(day.day)) errors.push(at(path, msg('import_day_twice', day.day)));
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
function exactly(raw: unknown, read: unknown, path: string, errors: Msg[]): boolean {
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
function markupProblems(root: unknown): Msg[] {
  const problems: Msg[] = [];
  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (MARKUP.test(value)) problems.push(msg('import_markup', pathOf(visit)));
    } else if (Array.isArray(value)) {
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

// ---- The preview: what an import would change, one plain line per change. ----

const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];
/** Short weekday names, Sunday first as in Date#getDay. */
const DAY_NAMES = ['data_day_sun', 'data_day_mon', 'data_day_tue', 'data_day_wed', 'data_day_thu', 'data_day_fri', 'data_day_sat'];
const EQUIPMENT_NAMES: Record<(typeof OWNABLE_EQUIPMENT)[number], string> = {
  wall: 'data_equipment_wall',
  doorway: 'data_equipment_doorway',
  chair: 'data_equipment_chair',
  band: 'data_equipment_band',
  'anchored-band': 'data_equipment_anchored_band',
  'foam-roller': 'data_equipment_foam_roller',
  ball: 'data_equipment_ball',
  'pull-up-bar': 'data_equipment_pull_up_bar',
};
const SPACE_NAMES: Record<(typeof SPACES)[number], string> = {
  desk: 'data_space_desk',
  standing: 'data_space_standing',
  floor: 'data_space_floor',
};

/** "a, b, c" as messages, so each language can write its own list; "none" when empty. */
function list(xs: readonly MessageArg[]): MessageArg {
  if (xs.length === 0) return msg('data_none');
  return xs.slice(1).reduce<MessageArg>((joined, x) => msg('data_list', joined, x), xs[0]!);
}

function describeDays(days: readonly number[]): MessageArg {
  const on = DAY_ORDER.filter((d) => days.includes(d));
  if (on.length === 7) return msg('data_every_day');
  const name = (d: number) => msg(DAY_NAMES[d]!);
  const parts: MessageArg[] = [];
  let i = 0;
  while (i < on.length) {
    let j = i;
    while (j + 1 < on.length && DAY_ORDER.indexOf(on[j + 1]!) === DAY_ORDER.indexOf(on[j]!) + 1) j++;
    if (j - i >= 2) parts.push(msg('data_day_range', name(on[i]!), name(on[j]!)));
    else for (let k = i; k <= j; k++) parts.push(name(on[k]!));
    i = j + 1;
  }
  return list(parts);
}

const onOff = (b: boolean) => msg(b ? 'data_on' : 'data_off');
const named = (names: Record<string, string>) => (xs: readonly string[]) =>
  list(
    xs.map((x) => {
      const key = names[x];
      return key ? msg(key) : x;
    }),
  );

interface Describe<K extends SettingsKey> {
  /** The message key of the setting's label. */
  label: string;
  show: (value: Settings[K]) => MessageArg;
  /** Compared as a set: the same members in another order is no change. */
  asSet?: boolean;
}

/**
 * A short label (a message key) and a plain rendering for each setting. A setting added later
 * without an entry here still shows, under its field name; a unit test asks for an entry for
 * every setting.
 */
export const SETTING_LABELS: { [K in SettingsKey]?: Describe<K> } = {
  intervalMinutes: { label: 'data_label_interval', show: (m) => m },
  workDays: { label: 'data_label_work_days', show: describeDays, asSet: true },
  workHours: { label: 'data_label_work_hours', show: (hs) => list(hs.map((h) => `${h.start}–${h.end}`)) },
  headsUpMinutes: { label: 'data_label_heads_up', show: (m) => (m === 0 ? msg('data_off') : msg('data_minutes', m)) },
  idleMinutes: { label: 'data_label_idle', show: (m) => m },
  snoozeMinutes: { label: 'data_label_snooze', show: list },
  snoozeCap: { label: 'data_label_snooze_cap', show: (n) => n },
  showBadge: { label: 'data_label_badge', show: onOff },
  openDrillAutomatically: { label: 'data_label_open_drill', show: onOff },
  soundCues: { label: 'data_label_sound', show: onOff },
  morningRoutine: { label: 'data_label_morning', show: onOff },
  morningTime: { label: 'data_label_morning_time', show: (t) => t },
  eveningRoutine: { label: 'data_label_evening', show: onOff },
  eveningTime: { label: 'data_label_evening_time', show: (t) => t },
  disabledDrills: { label: 'data_label_disabled_drills', show: (ds) => ds.length, asSet: true },
  equipment: { label: 'data_label_equipment', show: named(EQUIPMENT_NAMES), asSet: true },
  spaces: { label: 'data_label_spaces', show: named(SPACE_NAMES), asSet: true },
  drillCapSeconds: { label: 'data_label_drill_cap', show: (s) => s },
  painfulDrills: { label: 'data_label_painful_drills', show: (ds) => ds.length, asSet: true },
  safetyAcknowledged: { label: 'data_label_safety', show: (b) => msg(b ? 'data_yes' : 'data_no') },
};

/** The label as a message argument: a known setting's message, or an unknown one's field name as is. */
function describeSetting(key: SettingsKey): { label: MessageArg; show: Describe<SettingsKey>['show']; asSet?: boolean } {
  const known = SETTING_LABELS[key] as Describe<SettingsKey> | undefined;
  if (known) return { ...known, label: msg(known.label) };
  return { label: key, show: (v) => (Array.isArray(v) ? list(v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : x))) : String(v)) };
}

function sameSetting(key: SettingsKey, a: unknown, b: unknown): boolean {
  if (describeSetting(key).asSet && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x) => b.includes(x));
  }
  return same(a, b);
}

const events = (n: number) => (n === 1 ? msg('data_events_one', n) : msg('data_events_many', n));
const olderDays = (n: number) => (n === 1 ? msg('data_older_days_one', n) : msg('data_older_days_many', n));

function describeHistory(h: HistoryStore): Msg {
  return h.days.length > 0 ? msg('data_and', events(h.events.length), olderDays(h.days.length)) : events(h.events.length);
}

/** Lines for the import preview: one per setting that would change, then what happens to history. */
export function describeChanges(current: Transferable, incoming: Transferable): Msg[] {
  const lines: Msg[] = [];
  for (const key of Object.keys(settingsSchema) as SettingsKey[]) {
    const before = current.settings[key];
    const after = incoming.settings[key];
    if (sameSetting(key, before, after)) continue;
    const { label, show } = describeSetting(key);
    const was = show(before);
    const will = show(after);
    lines.push(msg(same(was, will) ? 'data_change_different' : 'data_change', label, was, will));
  }
  if (lines.length === 0) lines.push(msg('data_no_change'));
  const withDays = current.history.days.length > 0 || incoming.history.days.length > 0;
  const now = withDays ? describeHistory(current.history) : events(current.history.events.length);
  const file = withDays ? describeHistory(incoming.history) : incoming.history.events.length;
  lines.push(msg('data_history_change', now, file));
  return lines;
}
