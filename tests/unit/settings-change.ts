import { COPIES, planSettingsWrite } from '../../src/core/settings-sync';
import type { Policy, Settings } from '../../src/core/settings';

/**
 * A change of settings stored as a single record (as versions up to 6 left them): the settings
 * after it, and the record written (without this version's copies' digests), or null for no write.
 */
export function changeSettings(raw: unknown, change: (fresh: Settings) => Partial<Settings>, policy?: Policy, forget = false): { settings: Settings; stored: Record<string, unknown> | null } {
  const { settings, items } = planSettingsWrite({ legacy: raw, fields: {} }, change, { ...(policy ? { policy } : {}), forget });
  if (!items) return { settings, stored: null };
  const { [COPIES]: _copies, ...stored } = items.settings as Record<string, unknown>;
  return { settings, stored };
}
