import type { OwnId } from './catalog/ids';
import type { CheckIn } from './checkin';
import { dayKey, type BreakEvent, type DaySummary, type HistoryStore } from './history';
import { msg, type Msg } from './i18n';
import type { LevelStore } from './levels';
import type { OwnDrill } from './own-drill';
import { isPlainObject } from './schema';
import { toStored, type Settings } from './settings';
import { readCheckInsStrict } from './transfer-checkins';
import { readLevelsStrict } from './transfer-levels';
import { readOwnDrillsStrict } from './transfer-own';
import { readHistoryStrict, readSettingsStrict, timeProblem } from './transfer-read';
import { at, markupProblems, pathTo } from './transfer-strict';

// Export and import of everything the user owns: settings, break history, drill levels, the
// drills they wrote (with their pictures) and the weekly check-ins, as one JSON file.
// Storage reads repair what they can; an import is the opposite. A file is checked whole and
// refused whole when anything in it is wrong or unexpected, so nothing half-read or hostile is
// ever written. Hostile content is refused, never cleaned.
//
// Everything meant for the user (refusals, preview lines) is a message key with arguments, for
// the options page to render in the user's language. Paths such as `settings.workHours[0]` name
// fields of the file itself and stay as they are in every language.

export { EARLIEST_TIME } from './transfer-read';

export const EXPORT_FORMAT = 'desk-reset';
/** 2 added `levels`, 3 `ownDrills`, 4 `checkIns`; files of earlier versions, which lack them, still import. */
export const EXPORT_VERSION = 4;
/**
 * Largest file we read, in UTF-8 bytes. Without pictures an export stays under 1 MB (the most
 * history, a decade of day counts, the longest level log); its pictures are data URLs as
 * storage.local keeps them, and all of them fit in that area's 10 MB quota (Chrome's). Twice that.
 */
export const MAX_IMPORT_BYTES = 20_000_000;
/** Errors shown for one file; the rest are counted. */
export const MAX_REPORTED_ERRORS = 10;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings & { version: number };
  history: { events: BreakEvent[]; days: DaySummary[] };
  levels: LevelStore;
  /** With their ids and pictures (data URLs). */
  ownDrills: OwnDrill[];
  /**
   * The weekly check-ins this version reads, oldest week first; another version's entries stay
   * behind, as a newer version's history events do. Absent when the exporter did not read them,
   * so importing the file keeps the stored ones rather than erasing them.
   */
  checkIns?: CheckIn[];
}

export interface Transferable {
  settings: Settings;
  history: HistoryStore;
  /**
   * Null for a file from before levels: importing it leaves the user's levels as they are, since
   * it says nothing about them. A file with levels replaces them, as its history replaces history.
   */
  levels: LevelStore | null;
  /**
   * The file's own drills, absent when it holds none (a file from before them too). Each is
   * added, or replaces the user's drill of the same id; the user's others stay, as drills written
   * on another computer since the export would. Their pictures come with them.
   */
  ownDrills?: OwnDrill[];
  /**
   * Absent for a file without check-ins (before version 4): importing it leaves the user's as they
   * are. A file with them (none is a list too) replaces those this version reads, as its history does.
   */
  checkIns?: CheckIn[];
}

export type ImportResult = { ok: true; data: Transferable } | { ok: false; errors: Msg[] };

export function buildExport(settings: Settings, history: HistoryStore, levels: LevelStore, now: number, ownDrills: readonly OwnDrill[] = [], checkIns?: readonly CheckIn[]): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: toStored(settings),
    history: { events: [...history.events], days: [...history.days] },
    levels: { drills: { ...levels.drills }, log: [...levels.log] },
    ownDrills: ownDrills.map((d) => ({ ...d })),
    ...(checkIns ? { checkIns: checkIns.map((c) => ({ ...c, markers: { ...c.markers } })) } : {}),
  };
}

/**
 * The file's text: indented for reading, with one history entry, drill level, level change or
 * check-in per line, so even a full history (MAX_EVENTS events and years of day counts) and a full log of
 * levels stay under MAX_IMPORT_BYTES and can be imported back.
 */
export function serializeExport(file: ExportFile): string {
  // `indent`: the indentation of the line that closes the list (its members one step further in).
  const lines = (open: string, items: readonly string[], close: string, indent = '    ') => (items.length === 0 ? open + close : `${open}\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}${close}`);
  const rows = (items: readonly object[], indent?: string) => lines('[', items.map((item) => JSON.stringify(item)), ']', indent);
  const { history, levels, checkIns, ...head } = file;
  const drills = lines('{', Object.entries(levels.drills).map(([id, level]) => `${JSON.stringify(id)}: ${JSON.stringify(level)}`), '}');
  // Stryker disable next-line Regex: only the outermost brace stands at the start of a line, anchored or not.
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const historyText = `"history": {\n    "events": ${rows(history.events)},\n    "days": ${rows(history.days)}\n  }`;
  const checkInsText = checkIns ? `,\n  "checkIns": ${rows(checkIns, '  ')}` : '';
  return `${top},\n  ${historyText},\n  "levels": {\n    "drills": ${drills},\n    "log": ${rows(levels.log)}\n  }${checkInsText}\n}\n`;
}

/** `desk-reset-2026-03-02.json`, dated in local time. */
export function exportFileName(now: number): string {
  return `desk-reset-${dayKey(now)}.json`;
}

/** A kind of file's size limit: its bytes, and the refusal's message key (given the size in MB as whole and tenths). */
export interface SizeLimit {
  max: number;
  tooBig: string;
}
const EXPORT_LIMIT: SizeLimit = { max: MAX_IMPORT_BYTES, tooBig: 'import_too_big' };

/** The refusal for a file of `bytes` bytes, or null when the size is acceptable. */
export function sizeProblem(bytes: number, limit: SizeLimit = EXPORT_LIMIT): Msg | null {
  if (bytes <= limit.max) return null;
  // Megabytes to one decimal, as whole and tenths, so each language writes its own decimal mark.
  const tenths = Math.round(bytes / 100_000);
  return msg(limit.tooBig, Math.floor(tenths / 10), tenths % 10);
}

/** Names the export button by its own message, so the two always read the same. */
const NOT_OURS = msg('import_not_ours', msg('data_export'));
const TOP_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'history', 'levels', 'ownDrills', 'checkIns']);

/**
 * Reads an export file strictly: the settings, history, levels, own drills and check-ins it holds, or every reason it is
 * refused. `now` bounds the times a file may hold.
 */
export function parseImport(text: string, now: number): ImportResult {
  try {
    return capErrors(parseStrict(text, now));
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

/** The JSON value of an imported file's text, or why it has none: too big, empty, or not JSON (`notJson`). */
export function readJsonText(text: string, notJson: Msg, limit: SizeLimit = EXPORT_LIMIT): { ok: true; raw: unknown } | { ok: false; errors: Msg[] } {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused before it is encoded.
  // Stryker disable next-line ConditionalExpression: encoding every file gives the same answer, only slower.
  const tooBig = sizeProblem(text.length > limit.max ? text.length : new TextEncoder().encode(text).length, limit);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [msg('import_empty')] };
  try {
    return { ok: true, raw: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, errors: [notJson] };
  }
}

function parseStrict(text: string, now: number): ImportResult {
  const refuse = (...errors: Msg[]): ImportResult => ({ ok: false, errors });
  const json = readJsonText(text, msg('import_not_json'));
  if (!json.ok) return json;
  const raw = json.raw;
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) return refuse(NOT_OURS);
  if (
    // Stryker disable next-line ConditionalExpression: Number.isInteger refuses a non-number too; the typeof is for TypeScript.
    typeof raw.version !== 'number' ||
    !Number.isInteger(raw.version) ||
    raw.version < 1
  ) {
    return refuse(msg('import_no_version'));
  }
  if (raw.version > EXPORT_VERSION) {
    return refuse(msg('import_newer_export', raw.version));
  }

  const errors = markupProblems(raw);
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) errors.push(at(pathTo('', key), msg('import_unknown_top')));
  }
  const exportedAt = typeof raw.exportedAt === 'string' ? Date.parse(raw.exportedAt) : NaN;
  if (Number.isNaN(exportedAt)) errors.push(at('exportedAt', msg('import_not_date')));
  else {
    const late = timeProblem(exportedAt, now);
    if (late) errors.push(at('exportedAt', late));
  }
  // The file's own drills come first: its settings and levels may name them.
  const ownDrills = raw.ownDrills === undefined ? null : readOwnDrillsStrict(raw.ownDrills, errors);
  const own = ownDrills ?? [];
  const settings = readSettingsStrict(raw.settings, errors, own.map((d) => d.id as OwnId));
  const history = readHistoryStrict(raw.history, errors, now);
  // An own drill's ladder changes with its dose, and its recorded moves stay as they were: its
  // levels may take any rung storage keeps (a rung past a shorter ladder's top reads as the top).
  const levels = raw.levels === undefined ? null : readLevelsStrict(raw.levels, errors, now);
  const checkIns = raw.checkIns === undefined ? undefined : readCheckInsStrict(raw.checkIns, errors, now);
  if (errors.length > 0 || !settings || !history) return { ok: false, errors };
  return { ok: true, data: { settings, history, levels, ...(own.length > 0 ? { ownDrills: own } : {}), ...(checkIns ? { checkIns } : {}) } };
}
