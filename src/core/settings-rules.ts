import { msg, type Msg } from './i18n';
import { parseClock } from './clock';
import { enabledDrillIds, type Settings, type SettingsKey } from './settings';

/** Rules across fields, checked by the form before saving; a message means the value is not saved. */
export function validateSettings(settings: Settings): Partial<Record<SettingsKey, Msg>> {
  const errors: Partial<Record<SettingsKey, Msg>> = {};
  if (enabledDrillIds(settings).length === 0) errors.disabledDrills = msg('err_drills_none');
  const longest = Math.max(...settings.workHours.map((r) => parseClock(r.end)! - parseClock(r.start)!));
  if (longest <= settings.intervalMinutes) {
    errors.intervalMinutes = msg('err_interval_too_long', settings.intervalMinutes);
  }
  return errors;
}
