import { DRILL_IDS, type DrillId } from './catalog';
import { integer, read, subsetOf, defaults, type Values } from './schema';

export const SETTINGS_VERSION = 1;

export const settingsSchema = {
  intervalMinutes: integer(90, 15, 240, 'minutes'),
  // Stored as the drills switched OFF, so drills added in a later version arrive switched on.
  disabledDrills: subsetOf(DRILL_IDS, []),
};

export type Settings = Values<typeof settingsSchema>;
export type SettingsKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = defaults(settingsSchema);

/** Reads settings from storage, repairing what is broken field by field. */
export function readSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  const { value, repaired } = read(settingsSchema, raw);
  const settings = ensureSomeDrillEnabled(value);
  if (settings !== value) repaired.push('disabledDrills');
  return { settings, repaired };
}

export function enabledDrillIds(settings: Settings): DrillId[] {
  const off = new Set<string>(settings.disabledDrills);
  return DRILL_IDS.filter((id) => !off.has(id));
}

/** What the options form checks before saving; a message means the value is not saved. */
export function validateSettings(settings: Settings): Partial<Record<SettingsKey, string>> {
  const errors: Partial<Record<SettingsKey, string>> = {};
  if (enabledDrillIds(settings).length === 0) errors.disabledDrills = 'Keep at least one drill switched on.';
  return errors;
}

function ensureSomeDrillEnabled(settings: Settings): Settings {
  return enabledDrillIds(settings).length > 0 ? settings : { ...settings, disabledDrills: [] };
}

export function toStored(settings: Settings): Settings & { version: number } {
  return { version: SETTINGS_VERSION, ...settings };
}
