import { DRILL_IDS, isDrillId, type DrillId } from './catalog/ids';
import { msg, type Msg } from './i18n';
import { EQUIPMENT, type Equipment, type Position } from './drill';
import { parseClock, type Range } from './clock';
import { arrayOf, boolean, choice, clockTime, defaults, idsWhere, integer, isPlainObject, read, refine, subsetOf, weekdays, type Field, type Values } from './schema';

/** 7: each field in a storage.sync key of its own as well (see settings-sync.ts). */
export const SETTINGS_VERSION = 7;

export const HEADS_UP_CHOICES = [0, 1, 2, 5] as const;

/** The interval choices one click away; the desk-worker plan suggests a break every 90 minutes. */
export const INTERVAL_CHOICES = [45, 60, 90, 120] as const;
export const RECOMMENDED_INTERVAL = 90;

/** Equipment a user can say they have; 'none' needs nothing and is always there. */
export const OWNABLE_EQUIPMENT = EQUIPMENT.filter((e): e is Exclude<Equipment, 'none'> => e !== 'none');

/** Where the user takes breaks, and which drill positions each allows. */
export const SPACES = ['desk', 'standing', 'floor'] as const;
export type Space = (typeof SPACES)[number];
export const SPACE_FOR_POSITION: Record<Position, Space> = { seated: 'desk', standing: 'standing', floor: 'floor' };

const clockRange: Field<Range> = {
  // Stryker disable next-line all: a list falls back whole (workHours' own default), never to one period's.
  fallback: () => ({ start: '09:00', end: '17:30' }),
  json: { type: 'object', properties: { start: { type: 'string' }, end: { type: 'string' } } },
  check: (raw) => {
    if (!isPlainObject(raw) || typeof raw.start !== 'string' || typeof raw.end !== 'string') {
      return { ok: false, message: msg('err_period_missing') };
    }
    const start = parseClock(raw.start);
    const end = parseClock(raw.end);
    if (start === null || end === null) return { ok: false, message: msg('err_period_format') };
    if (end <= start) return { ok: false, message: msg('err_period_order', raw.start, raw.end) };
    return { ok: true, value: { start: raw.start, end: raw.end } };
  },
};

function overlapProblem(ranges: Range[]): Msg | null {
  const sorted = [...ranges].sort((a, b) => parseClock(a.start)! - parseClock(b.start)!);
  for (let i = 1; i < sorted.length; i++) {
    if (parseClock(sorted[i]!.start)! < parseClock(sorted[i - 1]!.end)!) {
      return msg('err_periods_overlap', sorted[i - 1]!.start, sorted[i - 1]!.end, sorted[i]!.start, sorted[i]!.end);
    }
  }
  return null;
}

export const settingsSchema = {
  intervalMinutes: integer(RECOMMENDED_INTERVAL, 15, 240, 'minutes'),
  workDays: weekdays([1, 2, 3, 4, 5]),
  workHours: refine(arrayOf(clockRange, 1, 6, [{ start: '09:00', end: '17:30' }], 'word_periods'), overlapProblem),
  headsUpMinutes: choice(HEADS_UP_CHOICES, 0),
  idleMinutes: integer(5, 1, 60, 'minutes'),
  snoozeMinutes: arrayOf(integer(5, 1, 60, 'minutes'), 1, 3, [5, 10, 15], 'word_snooze_lengths'),
  snoozeCap: integer(3, 0, 10),
  showBadge: boolean(false),
  /** Open the drill by itself when a break falls due, or only show the notification. */
  openDrillAutomatically: boolean(true),
  soundCues: boolean(false),
  /** The desk-worker plan's optional routines before and after work, on working days. */
  morningRoutine: boolean(false),
  morningTime: clockTime('08:30'),
  eveningRoutine: boolean(false),
  eveningTime: clockTime('18:00'),
  // Stored as the drills switched OFF, so drills added in a later version arrive switched on.
  disabledDrills: idsWhere(isDrillId, []),
  /** Most desks have a wall, a doorway and a chair; bands, rollers, balls and bars are opt-in. */
  equipment: subsetOf(OWNABLE_EQUIPMENT, ['wall', 'doorway', 'chair']),
  spaces: refine(subsetOf(SPACES, ['desk', 'standing']), (s) => (s.length === 0 ? msg('err_spaces_none') : null)),
  /** The longest a break drill may take, in seconds. */
  drillCapSeconds: integer(120, 30, 300, 'seconds'),
  /** Drills the user reported as painful: out of rotation until re-enabled. */
  painfulDrills: idsWhere(isDrillId, []),
  safetyAcknowledged: boolean(false),
  /** Hold a break that falls due while a browser window is full screen (a presentation, a film). */
  holdForFullscreen: boolean(true),
  /** Hold it while a tab plays sound (a call, a video); off by default, since music would hold every break. */
  holdForAudio: boolean(false),
  /** The longest a held break waits before it comes anyway, as a quiet notification. */
  holdCapMinutes: integer(45, 5, 240, 'minutes'),
  /** Move each drill's level from how it felt ("easy" twice: up; "hard" twice: down). */
  autoLevels: boolean(true),
  /** Hold it while a tab is in a call on a meeting site; on only once the user allowed those sites (optional host permissions). */
  holdForCalls: boolean(false),
  /** The second tier: a posture reset of a few seconds between the drills (core/posture.ts). */
  postureResets: boolean(false),
  /** Cornell's ergonomics advice: change posture every 20 to 30 minutes. */
  postureMinutes: integer(30, 20, 45, 'minutes'),
  /** Resets are silent unless the user wants to hear them. */
  postureSound: boolean(false),
  /** For a standing desk: the resets say "stand up now" and "sit down now" in this rhythm instead. */
  sitStand: boolean(false),
  /** Cornell's sit-stand rhythm: about 20 minutes sitting, 8 standing, 2 moving. */
  sitMinutes: integer(20, 10, 60, 'minutes'),
  standMinutes: integer(8, 2, 30, 'minutes'),
  moveMinutes: integer(2, 1, 10, 'minutes'),
  /** Ask once a week how the upper back and neck have been (core/checkin.ts). */
  weeklyCheckIn: boolean(true),
};

export type Settings = Values<typeof settingsSchema>;
export type SettingsKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = defaults(settingsSchema);

/**
 * Brings settings stored by an older version forward. Fields a version added simply take their
 * defaults; only a change of meaning needs a step here.
 */
export function migrate(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const version = typeof raw.version === 'number' ? raw.version : 1;
  const out: Record<string, unknown> = { ...raw };
  // Before version 3 there was no equipment setting and band rows was in every rotation. Users
  // who kept it on were doing band work, so they keep the band drills rather than lose them.
  if (version < 3 && !('equipment' in out)) {
    // Stryker disable next-line ArrayDeclaration: a list holding something that is no drill id holds no band rows either.
    const off = Array.isArray(out.disabledDrills) ? out.disabledDrills : [];
    if (!off.includes('band-rows')) out.equipment = ['wall', 'doorway', 'chair', 'band', 'anchored-band'];
  }
  // Before version 6 every field was stored, chosen or not. From 6 only the user's choices are,
  // so an organisation's defaults reach every field they never set: a stored default is taken as
  // not chosen.
  if (version >= 6) return out;
  const atDefault = (key: string) => Object.hasOwn(settingsSchema, key) && JSON.stringify(out[key]) === JSON.stringify(settingsSchema[key as SettingsKey].fallback());
  return Object.fromEntries(Object.entries(out).filter(([key]) => !atDefault(key)));
}

/** What an organisation can lock: a setting, or `drills`, its own drills, which the user then cannot switch off. */
export type PolicyLock = SettingsKey | 'drills';

/**
 * What an organisation sets through browser policy (see policy.ts): values that apply where the
 * user chose nothing, and fields locked to the organisation's value (or ours, where it gave none).
 */
export interface Policy {
  values: Partial<Settings>;
  locked: readonly PolicyLock[];
}

/** The settings the organisation locked (a form shows them disabled), without the lock on its drills. */
export const lockedSettings = (policy: Policy): SettingsKey[] => policy.locked.filter((key): key is SettingsKey => key !== 'drills');

export const NO_POLICY: Policy = { values: {}, locked: [] };

/**
 * Reads settings from storage, repairing what is broken field by field: the user's own choices,
 * then the organisation's values where they chose nothing, its locked values over everything.
 */
export function readSettings(raw: unknown, policy: Policy = NO_POLICY): { settings: Settings; repaired: string[] } {
  const migrated = migrate(raw);
  const { value, repaired } = read(settingsSchema, migrated);
  const chosen = new Set(isPlainObject(migrated) ? Object.keys(migrated).filter((key) => !repaired.includes(key)) : []);
  // Every catalog drill switched off is kept as stored: the user's own drills may be the ones on.
  // Whether any drill is on depends on the drills there are: the machine keeps one on (machine.ts).
  return { settings: withPolicy(value, chosen, policy), repaired };
}

function withPolicy(settings: Settings, chosen: ReadonlySet<string>, policy: Policy): Settings {
  const out = { ...settings } as Record<SettingsKey, unknown>;
  for (const [key, value] of Object.entries(policy.values) as [SettingsKey, unknown][]) if (!chosen.has(key)) out[key] = structuredClone(value);
  for (const key of lockedSettings(policy)) out[key] = structuredClone(policy.values[key] ?? settingsSchema[key].fallback());
  return withDrillsLock(out as Settings, policy);
}

/**
 * Under the organisation's lock on its drills, none of them is switched off: read past, not removed
 * from storage (off again once the lock goes); "it hurt" still counts under the lock.
 */
export function withDrillsLock(settings: Settings, policy: Policy): Settings {
  if (!policy.locked.includes('drills')) return settings;
  return { ...settings, disabledDrills: settings.disabledDrills.filter((id) => !id.startsWith('org-')) };
}

/** The drills switched on: the catalog's and `own` (the ids of the user's and the organisation's drills). */
export function enabledDrillIds(settings: Pick<Settings, 'disabledDrills'>, own: readonly DrillId[] = []): DrillId[] {
  const off = new Set<string>(settings.disabledDrills);
  return [...DRILL_IDS, ...own].filter((id) => !off.has(id));
}

/** The settings with every drill switched on when none of the catalog's and `own` is: a rotation is never empty. */
export function ensureSomeDrillEnabled<S extends Pick<Settings, 'disabledDrills'>>(settings: S, own: readonly DrillId[] = []): S {
  return enabledDrillIds(settings, own).length > 0 ? settings : { ...settings, disabledDrills: [] };
}

export function toStored(settings: Settings): Settings & { version: number } {
  return { version: SETTINGS_VERSION, ...settings };
}
