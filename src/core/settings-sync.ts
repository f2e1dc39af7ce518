import { isDrillId, type DrillId } from './catalog/ids';
import { isPlainObject, type Field } from './schema';
import { migrate, NO_POLICY, readSettings, SETTINGS_VERSION, settingsSchema, type Policy, type Settings, type SettingsKey, withDrillsLock } from './settings';

// How settings sit in storage.sync, which the user's other computers share, some on older versions.
//
// From version 7 each field has a key of its own ('settings.intervalMinutes'), so two computers
// that change different fields at once both keep their change: sync settles a clash key by key,
// the last write wins. Versions up to 6 know only the single record under 'settings' and write it
// whole. So every write of this version also writes that record, in the same storage.sync.set (one
// write against the pace): the fields it changed, and a copy of every field whose own key holds
// its value, so the record stays what an older version should read. Beside them the record holds
// COPIES: for each field, a digest of what a writer with own keys last put there. Older versions
// keep fields they do not know (6 does), so the digests survive their writes.
//
// Reading a field: when the record's value still matches its digest, it is a copy (perhaps of an
// earlier value, written whole by another computer at the same time) and the field's own key
// holds the value. When it no longer matches, an older version has changed it since, and the
// record's value is the value. A record without COPIES was written whole by an older version
// (up to 5 drop unknown fields; 6 clears them on reset): it is the value of every field. A field
// without an own key is read from the record, as it was before version 7; it moves to its key the
// first time this version changes it. Older versions rewrite what they read as they understand it
// (6 drops unknown list members and out-of-range values); a record value equal to the own key's
// value as this version understands it is taken for such a rewrite, not for the user's choice.
//
// Nothing is written on reading. A write stores the fields the change made and leaves what this
// version does not understand (fields, list members, values out of its range) as it was.

export const LEGACY_KEY = 'settings';
export const COPIES = 'ownKeyCopies';
const KEYS = Object.keys(settingsSchema) as SettingsKey[];
export const FIELD_KEYS = Object.fromEntries(KEYS.map((key) => [key, `${LEGACY_KEY}.${key}`])) as Record<SettingsKey, string>;
/** Every storage.sync key this version reads settings from. */
export const SYNC_KEYS = [LEGACY_KEY, ...Object.values(FIELD_KEYS)];
/** A digest never produced: the record's value stands, though the field has an own key. */
// Stryker disable next-line StringLiteral: digests are base-36 digits, never '' either; any other text marks the same.
const RECORD_STANDS = '-';

/** What storage.sync holds of the settings: the single record and the fields' own keys (null: no choice). */
export interface StoredSettings {
  legacy: unknown;
  fields: Partial<Record<SettingsKey, unknown>>;
}

export function fromSync(items: Record<string, unknown>): StoredSettings {
  const fields: Partial<Record<SettingsKey, unknown>> = {};
  for (const key of KEYS) if (Object.hasOwn(items, FIELD_KEYS[key])) fields[key] = items[FIELD_KEYS[key]];
  return { legacy: items[LEGACY_KEY], fields };
}

/** FNV-1a of the JSON text; collisions only matter between a copy and a value an older version wrote. */
function digest(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** What an older version writes back for a value it reads: the value as it understands it, or nothing. */
function asOlderWrites(key: SettingsKey, value: unknown): unknown {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: no field's check accepts null or undefined either, so only `true` differs (killed by hand).
  if (value === null || value === undefined) return undefined;
  const result = settingsSchema[key].check(value);
  return result.ok ? result.value : undefined;
}

// Stryker disable next-line EqualityOperator: at this very version, keeping it or writing it is the same number.
const versionOf = (record: Record<string, unknown>) => (typeof record.version === 'number' && record.version > SETTINGS_VERSION ? record.version : SETTINGS_VERSION);
const recordOf = (stored: StoredSettings) => (isPlainObject(stored.legacy) ? (migrate(stored.legacy) as Record<string, unknown>) : {});

function fromRecord(key: SettingsKey, record: Record<string, unknown>, stored: StoredSettings): boolean {
  const copies = record[COPIES];
  if (!isPlainObject(copies)) return true;
  const now = digest(record[key]);
  const copy = typeof copies[key] === 'string' ? copies[key] : digest(undefined);
  if (now !== copy && now !== digest(asOlderWrites(key, stored.fields[key]))) return true;
  return !Object.hasOwn(stored.fields, key);
}

/**
 * The settings as one record of this version (migrated, so read as it is): each field from where
 * it is read, unknown fields kept, a newer version's number kept.
 */
export function storedRecord(stored: StoredSettings): Record<string, unknown> {
  const record = recordOf(stored);
  const out = Object.fromEntries(Object.entries(record).filter(([key]) => key !== COPIES && !Object.hasOwn(settingsSchema, key)));
  out.version = versionOf(record);
  for (const key of KEYS) {
    if (fromRecord(key, record, stored)) {
      if (Object.hasOwn(record, key)) out[key] = record[key];
    } else if (stored.fields[key] !== null && stored.fields[key] !== undefined) out[key] = stored.fields[key];
  }
  return out;
}

/**
 * The validated view: stored settings repaired in memory, the organisation's policy on top, and
 * drills reported painful on this computer that storage.sync has not taken yet (`pain`).
 */
// Stryker disable next-line ArrayDeclaration: only drill ids count from `pain`, and a mutant's text is none.
export function readStoredSettings(stored: StoredSettings, policy: Policy = NO_POLICY, pain: readonly string[] = []): { settings: Settings; repaired: string[] } {
  const { settings, repaired } = readSettings(storedRecord(stored), policy);
  const painful = new Set<string>(settings.painfulDrills);
  const extra = [...new Set(pain)].filter((id): id is DrillId => isDrillId(id) && !painful.has(id));
  if (extra.length === 0 || policy.locked.includes('painfulDrills')) return { settings, repaired };
  return { settings: { ...settings, painfulDrills: [...settings.painfulDrills, ...extra] }, repaired };
}

/** The value to store for `next`: what is stored, when this version reads it as `next` already. */
function valueFor(key: SettingsKey, stored: unknown, next: unknown): unknown {
  const field: Field<unknown> = settingsSchema[key];
  // Stryker disable next-line ConditionalExpression: no field's check accepts undefined either, so only `true` differs (killed by hand).
  const now = stored === undefined ? null : field.check(stored);
  if (now?.ok && JSON.stringify(now.value) === JSON.stringify(next)) return stored;
  return field.keep ? field.keep(stored, next) : next;
}

/**
 * A change of settings, worked out from what storage.sync holds now: the fields `change` returns
 * (from the fresh view), less any the organisation locked, become the user's choices; with
 * `forget`, every earlier choice is dropped. Pending pain flags join the painful drills unless
 * the change sets that list itself. `items` is what to pass to storage.sync.set, or null when
 * nothing would change.
 */
export function planSettingsWrite(
  stored: StoredSettings,
  change: (fresh: Settings) => Partial<Settings>,
  { policy = NO_POLICY, forget = false, pain = [] }: { policy?: Policy; forget?: boolean; pain?: readonly string[] } = {},
): { settings: Settings; items: Record<string, unknown> | null } {
  const fresh = readStoredSettings(stored, policy, pain).settings;
  const patch: Partial<Record<SettingsKey, unknown>> = Object.fromEntries(Object.entries(change(fresh)).filter(([key]) => !policy.locked.includes(key as SettingsKey)));
  if (!forget && pain.length > 0 && !('painfulDrills' in patch)) patch.painfulDrills = fresh.painfulDrills;
  // Under the lock on the organisation's drills the view reads past those switched off, so a list
  // written from it lacks them: they stay stored as chosen (off again once the lock goes).
  if (!forget && policy.locked.includes('drills') && Array.isArray(patch.disabledDrills)) patch.disabledDrills = withOrgChoices(patch.disabledDrills as DrillId[], stored);
  // Stryker disable next-line ObjectLiteral: `{}` reads as nothing stored too (no record, so no own key is looked at).
  const before = forget ? readStoredSettings({ legacy: undefined, fields: {} }, policy).settings : fresh;
  // Every catalog drill switched off is stored as chosen: an own drill may be on (the form and an
  // import check that one is, knowing the drills there are).
  const settings = withDrillsLock({ ...before, ...patch } as Settings, policy);

  const current = storedRecord(stored);
  const next = new Map<SettingsKey, unknown>();
  for (const key of KEYS) {
    const value = Object.hasOwn(patch, key) ? valueFor(key, current[key], patch[key]) : forget ? undefined : current[key];
    if (JSON.stringify(value) !== JSON.stringify(current[key])) next.set(key, structuredClone(value));
  }
  if (next.size === 0) return { settings, items: null };
  return { settings, items: itemsFor(stored, next) };
}

/** `off` with the organisation's drills stored as switched off added, where it lacks them. */
function withOrgChoices(off: readonly DrillId[], stored: StoredSettings): DrillId[] {
  const was = storedRecord(stored).disabledDrills;
  const org = Array.isArray(was) ? was.filter((id): id is DrillId => isDrillId(id) && id.startsWith('org-')) : [];
  return [...new Set([...off, ...org])];
}

/** The own keys of the changed fields, and the single record with them and the copies brought up to date. */
function itemsFor(stored: StoredSettings, next: ReadonlyMap<SettingsKey, unknown>): Record<string, unknown> {
  const record = recordOf(stored);
  const out: Record<string, unknown> = { ...record };
  const copies: Record<string, unknown> = isPlainObject(record[COPIES]) ? { ...record[COPIES] } : {};
  const items: Record<string, unknown> = {};
  const put = (key: SettingsKey, value: unknown) => {
    if (value === undefined || value === null) Reflect.deleteProperty(out, key);
    else out[key] = value;
    copies[key] = digest(out[key]);
  };
  for (const key of KEYS) {
    if (next.has(key)) {
      put(key, next.get(key));
      items[FIELD_KEYS[key]] = next.get(key) ?? null;
    } else if (!fromRecord(key, record, stored)) put(key, stored.fields[key]);
    else if (!Object.hasOwn(stored.fields, key)) copies[key] = digest(record[key]);
    // An older version's change to a field with an own key stands until this version changes it,
    // even if the older version later goes back to the value the old digest is of.
    else copies[key] = RECORD_STANDS;
  }
  items[LEGACY_KEY] = { ...out, [COPIES]: copies, version: versionOf(record) };
  return items;
}
