import { msg, type Msg } from './i18n';
import { parseClock } from './clock';
import type { DrillId } from './catalog/ids';
import { enabledDrillIds, type Settings, type SettingsKey } from './settings';

/** A rule across fields that the settings break: shown at `field`, and holding back every field in `involves`. */
export interface Problem {
  field: SettingsKey;
  involves: SettingsKey[];
  message: Msg;
}

/** Rules across fields, checked by the form before saving and by an import. */
export function settingsProblems(settings: Settings, own: readonly DrillId[] = []): Problem[] {
  const problems: Problem[] = [];
  if (enabledDrillIds(settings, own).length === 0) problems.push({ field: 'disabledDrills', involves: ['disabledDrills'], message: msg('err_drills_none') });
  const longest = Math.max(...settings.workHours.map((r) => parseClock(r.end)! - parseClock(r.start)!));
  if (longest <= settings.intervalMinutes) {
    problems.push({ field: 'intervalMinutes', involves: ['intervalMinutes', 'workHours'], message: msg('err_interval_too_long', settings.intervalMinutes) });
  }
  return problems;
}

/** The same rules as one message per field: a message means the value is not saved. */
export function validateSettings(settings: Settings, own: readonly DrillId[] = []): Partial<Record<SettingsKey, Msg>> {
  return Object.fromEntries(settingsProblems(settings, own).map((p) => [p.field, p.message]));
}
