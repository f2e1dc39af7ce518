import type { DrillId } from './catalog/ids';
import { dayKey, fromDayKey, type BreakEvent, type DaySummary, type HistoryStore } from './history';
import { readDay, readEvent } from './history-read';
import { msg, type Msg } from './i18n';
import { isPlainObject } from './schema';
import { migrate, settingsSchema, SETTINGS_VERSION, type Settings } from './settings';
import { validateSettings } from './settings-rules';
import { at, exactly, pathTo } from './transfer-strict';

// The settings and history of an import file, read by the same schema that guards storage and
// then held to the strict pass. Each reader adds its refusals to `errors` and returns null when
// it added any.

const HISTORY_KEYS = new Set(['events', 'days']);
const TIME_FIELDS = ['at', 'dueAt', 'shownAt'] as const;
const DAY_MS = 86_400_000;

/** No Desk Reset history predates this; storage accepts any positive time, a file must be plausible. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const EARLIEST_DAY = '2000-01-01';

/** The refusal for a time outside 2000-01-01 to a day after `now` (a day's slack for clocks that disagree), or null. */
export function timeProblem(time: number, now: number): Msg | null {
  const latest = now + DAY_MS;
  return time >= EARLIEST_TIME && time <= latest ? null : msg('import_time_range', EARLIEST_DAY, new Date(latest).toISOString());
}

/** The same for a yyyy-MM-dd day of counts, which must also be a day the calendar has. */
function dayProblem(day: string, now: number): Msg | null {
  const latest = dayKey(now + DAY_MS);
  const real = dayKey(fromDayKey(day).getTime()) === day;
  return real && day >= EARLIEST_DAY && day <= latest ? null : msg('import_day_range', EARLIEST_DAY, latest);
}
const SETTINGS_KEYS = new Set<string>([...Object.keys(settingsSchema), 'version']);

/** `own`: the ids of the file's own drills, which the settings may switch off or mark painful. */
export function readSettingsStrict(raw: unknown, errors: Msg[], own: readonly DrillId[] = []): Settings | null {
  if (!isPlainObject(raw)) {
    errors.push(at('settings', msg('import_not_settings')));
    return null;
  }
  const version = raw.version;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isInteger refuses a non-number too; the typeof is for TypeScript.
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
  for (const [key, message] of Object.entries(validateSettings(settings, own))) errors.push(at(`settings.${key}`, message));
  return errors.length > before ? null : settings;
}

export function readHistoryStrict(raw: unknown, errors: Msg[], now: number): HistoryStore | null {
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
      const read = readEvent(item);
      // Storage reads a drill or rating it does not know as none; a file must name only known ones.
      const unknownName = (key: 'drillId' | 'rating') => typeof read === 'object' && read[key] === null && (item as Record<string, unknown>)[key] != null;
      const event = typeof read === 'object' && !unknownName('drillId') && !unknownName('rating') ? read : null;
      if (!event) errors.push(at(path, msg('import_bad_event')));
      // Any problem named here refuses the whole history below.
      else if (exactly(item, event, path, errors)) {
        timesInRange(event, path, errors, now);
        events.push(event);
      }
    });
  }
  const days: DaySummary[] = [];
  if (!Array.isArray(raw.days)) errors.push(at('history.days', msg('import_not_list')));
  else {
    const seen = new Set<string>();
    raw.days.forEach((item: unknown, i) => {
      const path = `history.days[${i}]`;
      const day = readDay(item);
      if (!day) errors.push(at(path, msg('import_bad_day')));
      else if (seen.has(day.day)) errors.push(at(path, msg('import_day_twice', day.day)));
      else if (exactly(item, day, path, errors) && inRange(dayProblem(day.day, now), path, errors)) {
        seen.add(day.day);
        days.push(day);
      }
    });
  }
  return errors.length > before ? null : { events, days };
}

/** Adds `problem` under `path`, if any, and says whether there was none. */
export function inRange(problem: Msg | null, path: string, errors: Msg[]): boolean {
  if (problem) errors.push(at(path, problem));
  return problem === null;
}

/** Names each time of the event that is out of range. */
function timesInRange(event: BreakEvent, path: string, errors: Msg[], now: number): void {
  for (const key of TIME_FIELDS) if (event[key] !== null) inRange(timeProblem(event[key], now), `${path}.${key}`, errors);
}
