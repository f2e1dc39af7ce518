import { ANSWERS, MARKERS, readCheckIn, SCORE_MAX, SCORE_MIN, weekOf, type CheckIn } from './checkin';
import { dayKey, fromDayKey } from './history';
import { msg, type Msg } from './i18n';
import { isPlainObject } from './schema';
import { EARLIEST_DAY, timeProblem } from './transfer-read';
import { at, pathTo } from './transfer-strict';

// The weekly check-ins of an import file. Storage's reader (core/checkin.ts) decides what a
// check-in is; each field is also asked on its own, so a refusal names the field
// (`checkIns[3].score: …`). Beyond what storage keeps, a file's week must be a Monday the calendar
// has, in the range a history day may take, and its time in the range a break's may.

const CHECKIN_KEYS = new Set(['week', 'at', 'score', 'markers']);
const DAY_MS = 86_400_000;

/** Reads the file's `checkIns`; adds its refusals to `errors` and returns null when it added any. */
export function readCheckInsStrict(raw: unknown, errors: Msg[], now: number): CheckIn[] | null {
  if (!Array.isArray(raw)) {
    errors.push(at('checkIns', msg('import_not_list')));
    return null;
  }
  const before = errors.length;
  const checkIns: CheckIn[] = [];
  const weeks = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const path = pathTo('checkIns', i);
    if (!isPlainObject(item)) return void errors.push(at(path, msg('import_bad_checkin')));
    const problems = errors.length;
    for (const key of Object.keys(item)) if (!CHECKIN_KEYS.has(key)) errors.push(at(pathTo(path, key), msg('import_unknown_field')));
    const week = weekProblem(item.week, now);
    if (week) errors.push(at(pathTo(path, 'week'), week));
    else if (weeks.has(item.week as string)) errors.push(at(pathTo(path, 'week'), msg('import_day_twice', item.week as string)));
    else weeks.add(item.week as string);
    const time = timeProblem(typeof item.at === 'number' ? item.at : NaN, now);
    if (time) errors.push(at(pathTo(path, 'at'), time));
    if (!scoreRead(item.score)) errors.push(at(pathTo(path, 'score'), msg('import_bad_score', SCORE_MIN, SCORE_MAX)));
    markerProblems(item.markers, pathTo(path, 'markers'), errors);
    const checkIn = readCheckIn(item);
    // Stryker disable next-line ConditionalExpression: every field storage checks was checked above; a refusal drops the whole result.
    if (errors.length === problems && checkIn) checkIns.push(checkIn);
  });
  return errors.length > before ? null : checkIns;
}

/** The refusal for anything but a Monday (yyyy-MM-dd, a day the calendar has) from 2000 to a day after `now`. */
function weekProblem(week: unknown, now: number): Msg | null {
  const latest = dayKey(now + DAY_MS);
  const ok = typeof week === 'string' && dayKey(fromDayKey(week).getTime()) === week && weekOf(fromDayKey(week).getTime()) === week && week >= EARLIEST_DAY && week <= latest;
  return ok ? null : msg('import_bad_week', EARLIEST_DAY, latest);
}

/** Whether storage reads this score as given (it refuses the whole entry otherwise). */
function scoreRead(score: unknown): boolean {
  return readCheckIn({ week: '2026-03-02', at: 1, score }) !== null;
}

function markerProblems(markers: unknown, path: string, errors: Msg[]): void {
  if (!isPlainObject(markers)) return void errors.push(at(path, msg('import_expected_object')));
  for (const [key, answer] of Object.entries(markers)) {
    if (!(MARKERS as readonly string[]).includes(key)) errors.push(at(pathTo(path, key), msg('import_unknown_marker')));
    else if (!(ANSWERS as readonly unknown[]).includes(answer)) errors.push(at(pathTo(path, key), msg('import_bad_answer')));
  }
}
