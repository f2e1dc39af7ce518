import { isPlainObject } from './schema';
import { NO_POLICY, settingsSchema, type Policy, type PolicyLock, type SettingsKey } from './settings';

// Defaults an organisation sets for its staff through browser policy (managed storage). They
// apply wherever the user made no choice of their own; a locked field takes the organisation's
// value whatever the user chose (settings.ts applies them). Only the fields below can be managed.

export const MANAGEABLE = [
  'intervalMinutes',
  'workDays',
  'workHours',
  'idleMinutes',
  'snoozeMinutes',
  'snoozeCap',
  'morningRoutine',
  'morningTime',
  'eveningRoutine',
  'eveningTime',
  'equipment',
  // The posture resets between drills, and a standing-desk office's sit-stand rhythm. Not the hold
  // for calls: it needs the user's own permission for the meeting sites, which no policy can give.
  'postureResets',
  'postureMinutes',
  'sitStand',
  'sitMinutes',
  'standMinutes',
  'moveMinutes',
] as const satisfies readonly SettingsKey[];
export type Manageable = (typeof MANAGEABLE)[number];

const isManageable = (key: unknown): key is Manageable => (MANAGEABLE as readonly unknown[]).includes(key);

/** What `locked` may name: the manageable settings, and `drills` (the organisation's drills, which users then cannot switch off). */
export const LOCKABLE = [...MANAGEABLE, 'drills'] as const satisfies readonly PolicyLock[];
const isLockable = (key: unknown): key is (typeof LOCKABLE)[number] => (LOCKABLE as readonly unknown[]).includes(key);

/**
 * Reads what the organisation's policy says, checking every value with the same schema as the
 * user's settings: a bad value is left out, field by field, and named in `problems`. Chromium
 * already drops what its managed schema refuses; Firefox passes everything through. Its program
 * (`drills`) is read apart, by readPolicyDrills; locking `drills` puts 'drills' in `locked`.
 */
export function readPolicy(raw: unknown): { policy: Policy; problems: string[] } {
  if (raw === undefined) return { policy: NO_POLICY, problems: [] };
  if (!isPlainObject(raw)) return { policy: NO_POLICY, problems: ['the policy (not an object)'] };
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'locked' || key === 'drills') continue;
    const result = isManageable(key) ? settingsSchema[key].check(value) : null;
    if (result?.ok) values[key] = result.value;
    else problems.push(result ? `${key} (${JSON.stringify(value)})` : `${key} (not a setting an organisation can set)`);
  }
  const listed: unknown[] = raw.locked === undefined ? [] : Array.isArray(raw.locked) ? raw.locked : [raw.locked];
  const locked = listed.filter(isLockable);
  for (const key of listed) if (!isLockable(key)) problems.push(`locked: ${JSON.stringify(key)} (not a setting an organisation can lock)`);
  return { policy: { values, locked: [...new Set(locked)] }, problems };
}
