import type { CheckIn } from './checkin';
import type { HistoryStore } from './history';
import { msg, plural, type MessageArg, type Msg } from './i18n';
import type { LevelStore } from './levels';
import { OWNABLE_EQUIPMENT, settingsSchema, SPACES, type Settings, type SettingsKey } from './settings';
import type { Transferable } from './transfer';
import { same } from './transfer-strict';

// The import preview: what an import would change, one plain line per change, as messages.

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
  // Each day's place in the week; past the last day the place is undefined, which ends a run.
  const place = on.map((d) => DAY_ORDER.indexOf(d));
  const parts: MessageArg[] = [];
  let i = 0;
  while (i < on.length) {
    let j = i;
    while (place[j + 1] === place[j]! + 1) j++;
    if (j - i >= 2) parts.push(msg('data_day_range', name(on[i]!), name(on[j]!)));
    else for (let k = i; k <= j; k++) parts.push(name(on[k]!));
    i = j + 1;
  }
  return list(parts);
}

const onOff = (b: boolean) => msg(b ? 'data_on' : 'data_off');
/** Names for a list the schema holds to known members. */
const named =
  <T extends string>(names: Record<T, string>) =>
  (xs: readonly T[]) =>
    list(xs.map((x) => msg(names[x])));

interface Describe<K extends SettingsKey> {
  /** The message key of the setting's label. */
  label: string;
  show: (value: Settings[K]) => MessageArg;
  /** Compared as a set: the same members in another order is no change. */
  asSet?: boolean;
}

/** A short label (a message key) and a plain rendering for each setting; the type asks for every one. */
export const SETTING_LABELS: { [K in SettingsKey]: Describe<K> } = {
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
  holdForFullscreen: { label: 'data_label_hold_fullscreen', show: onOff },
  holdForAudio: { label: 'data_label_hold_audio', show: onOff },
  holdCapMinutes: { label: 'data_label_hold_cap', show: (m) => msg('data_minutes', m) },
  autoLevels: { label: 'data_label_auto_levels', show: onOff },
  holdForCalls: { label: 'data_label_hold_calls', show: onOff },
  postureResets: { label: 'data_label_posture', show: onOff },
  postureMinutes: { label: 'data_label_posture_minutes', show: (m) => msg('data_minutes', m) },
  postureSound: { label: 'data_label_posture_sound', show: onOff },
  sitStand: { label: 'data_label_sit_stand', show: onOff },
  sitMinutes: { label: 'data_label_sit_minutes', show: (m) => msg('data_minutes', m) },
  standMinutes: { label: 'data_label_stand_minutes', show: (m) => msg('data_minutes', m) },
  moveMinutes: { label: 'data_label_move_minutes', show: (m) => msg('data_minutes', m) },
  weeklyCheckIn: { label: 'data_label_weekly_checkin', show: onOff },
};

const describeSetting = (key: SettingsKey) => SETTING_LABELS[key] as Describe<SettingsKey>;

function sameSetting(key: SettingsKey, a: unknown, b: unknown): boolean {
  if (describeSetting(key).asSet && Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x) => b.includes(x));
  }
  return same(a, b);
}

const events = (n: number) => plural('data_events', n, n);
const olderDays = (n: number) => plural('data_older_days', n, n);

function describeHistory(h: HistoryStore): Msg {
  return h.days.length > 0 ? msg('data_and', events(h.events.length), olderDays(h.days.length)) : events(h.events.length);
}

function describeLevels(current: LevelStore, incoming: LevelStore | null): Msg {
  if (!incoming) return msg('data_levels_kept');
  const n = Object.keys(current.drills).length;
  return msg('data_levels_change', plural('data_levels', n, n), Object.keys(incoming.drills).length);
}

const checkIns = (n: number) => plural('data_checkins', n, n);

/** A file's check-ins replace the user's; counted beside the user's when the page read them. */
function describeCheckIns(current: readonly CheckIn[] | undefined, incoming: readonly CheckIn[]): Msg {
  return current ? msg('data_checkins_change', checkIns(current.length), incoming.length) : msg('data_checkins_file', checkIns(incoming.length));
}

/** The own drills a file brings: how many, with pictures, and how many replace the user's (by id). */
function describeOwn(current: readonly string[], incoming: readonly { id: string; picture: string | null }[]): Msg {
  const ids = new Set(current);
  return msg('prog_data_own', incoming.length, incoming.filter((d) => d.picture !== null).length, incoming.filter((d) => ids.has(d.id)).length);
}

/**
 * Lines for the import preview: one per setting that would change, then what happens to history,
 * levels, own drills and check-ins (`ownIds`: the ids of the user's own drills now). A file
 * without check-ins adds no line: it changes none.
 */
export function describeChanges(current: Transferable & { levels: LevelStore }, incoming: Transferable, ownIds: readonly string[] = []): Msg[] {
  const lines: Msg[] = [];
  for (const key of Object.keys(settingsSchema) as SettingsKey[]) {
    const before = current.settings[key];
    const after = incoming.settings[key];
    if (sameSetting(key, before, after)) continue;
    const { label, show } = describeSetting(key);
    const was = show(before);
    const will = show(after);
    lines.push(msg(same(was, will) ? 'data_change_different' : 'data_change', msg(label), was, will));
  }
  if (lines.length === 0) lines.push(msg('data_no_change'));
  const withDays = current.history.days.length > 0 || incoming.history.days.length > 0;
  const now = withDays ? describeHistory(current.history) : events(current.history.events.length);
  const file = withDays ? describeHistory(incoming.history) : incoming.history.events.length;
  lines.push(msg('data_history_change', now, file), describeLevels(current.levels, incoming.levels));
  if (incoming.ownDrills) lines.push(describeOwn(ownIds, incoming.ownDrills));
  if (incoming.checkIns) lines.push(describeCheckIns(current.checkIns, incoming.checkIns));
  return lines;
}
