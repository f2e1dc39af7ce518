import { settingsSchema, validateSettings, type Settings, type SettingsKey } from '../core/settings';

// What the form holds while the user types: text where the control is a text box. Every value is
// checked by the same schema that guards storage, so the form can never save what a read would repair.

/** Settings as the form holds them: the fields typed into text boxes are kept as text. */
type TextKey = 'intervalMinutes' | 'headsUpMinutes' | 'idleMinutes' | 'snoozeMinutes' | 'snoozeCap' | 'drillCapSeconds';
export type Draft = Omit<Settings, TextKey> & Record<TextKey, string>;

export function toDraft(s: Settings): Draft {
  return {
    ...structuredClone(s),
    intervalMinutes: String(s.intervalMinutes),
    headsUpMinutes: String(s.headsUpMinutes),
    idleMinutes: String(s.idleMinutes),
    snoozeMinutes: s.snoozeMinutes.join(', '),
    snoozeCap: String(s.snoozeCap),
    drillCapSeconds: String(s.drillCapSeconds),
  };
}

function raw(key: SettingsKey, draft: Draft): unknown {
  if (key === 'snoozeMinutes') {
    return draft.snoozeMinutes.split(/[,\s]+/).filter(Boolean).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  }
  return draft[key];
}

export type Errors = Partial<Record<SettingsKey, string>>;

/** The settings the draft describes, and a message for every field that cannot be saved. */
export function fromDraft(draft: Draft, stored: Settings): { settings: Settings; errors: Errors } {
  const settings = { ...stored } as Record<SettingsKey, unknown>;
  const errors: Errors = {};
  for (const key of Object.keys(settingsSchema) as SettingsKey[]) {
    const result = settingsSchema[key].check(raw(key, draft));
    if (result.ok) settings[key] = result.value;
    else errors[key] = result.message;
  }
  const typed = settings as Settings;
  return { settings: typed, errors: { ...validateSettings(typed), ...errors } };
}
