import type { DrillId } from '../core/catalog/ids';
import type { Msg } from '../core/i18n';
import { settingsSchema, type Settings, type SettingsKey } from '../core/settings';
import { settingsProblems } from '../core/settings-rules';

// What the form holds while the user types: text where the control is a text box. Every value is
// checked by the same schema that guards storage, so the form can never save what a read would repair.

/** Settings as the form holds them: the fields typed into text boxes are kept as text. */
type TextKey =
  | 'intervalMinutes' | 'headsUpMinutes' | 'idleMinutes' | 'snoozeMinutes' | 'snoozeCap' | 'drillCapSeconds' | 'holdCapMinutes'
  | 'postureMinutes' | 'sitMinutes' | 'standMinutes' | 'moveMinutes';
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
    holdCapMinutes: String(s.holdCapMinutes),
    postureMinutes: String(s.postureMinutes),
    sitMinutes: String(s.sitMinutes),
    standMinutes: String(s.standMinutes),
    moveMinutes: String(s.moveMinutes),
  };
}

function raw(key: SettingsKey, draft: Draft): unknown {
  if (key === 'snoozeMinutes') {
    return draft.snoozeMinutes.split(/[,\s]+/).filter(Boolean).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  }
  return draft[key];
}

export type Errors = Partial<Record<SettingsKey, Msg>>;

/**
 * The settings the draft describes and a message for every field that cannot be saved. A field
 * with its own error keeps the stored value; so do the fields a rule across fields involves,
 * while it is broken. Every other field saves. `own`: the ids of the own and organisation's drills,
 * which count as drills switched on like the catalog's.
 */
export function fromDraft(draft: Draft, stored: Settings, own: readonly DrillId[] = []): { settings: Settings; errors: Errors } {
  const settings = { ...stored } as Record<SettingsKey, unknown>;
  const fieldErrors: Errors = {};
  for (const key of Object.keys(settingsSchema) as SettingsKey[]) {
    const result = settingsSchema[key].check(raw(key, draft));
    if (result.ok) settings[key] = result.value;
    else fieldErrors[key] = result.message;
  }
  const typed = settings as Settings;
  const crossErrors: Errors = {};
  const held = new Set<SettingsKey>();
  // Holding a field back can break a rule with a stored value, so look again until no rule that
  // involves a field not yet held is broken. Each round holds at least one more field, so it ends.
  for (;;) {
    const broken = settingsProblems(typed, own).filter((p) => p.involves.some((key) => !held.has(key)));
    if (broken.length === 0) break;
    for (const problem of broken) {
      crossErrors[problem.field] ??= problem.message;
      for (const key of problem.involves) {
        held.add(key);
        settings[key] = stored[key];
      }
    }
  }
  return { settings: typed, errors: { ...crossErrors, ...fieldErrors } };
}

/** JSON with object keys sorted, so values read back from storage (which sorts keys) compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return stable(a) === stable(b);
}

/** The fields of `next` that differ from `base`: what this form changed. */
export function changedFields(next: Settings, base: Settings): Partial<Settings> {
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => stable(v) !== stable(base[k as keyof Settings]))) as Partial<Settings>;
}

/** Takes a change saved elsewhere into every field this form has not touched since `before`. */
export function mergeDraft(draft: Draft, before: Settings, after: Settings): Draft {
  const was = toDraft(before);
  const now = toDraft(after);
  const merged = { ...draft } as Record<keyof Draft, unknown>;
  for (const key of Object.keys(now) as (keyof Draft)[]) {
    if (stable(draft[key]) === stable(was[key])) merged[key] = now[key];
  }
  return merged as Draft;
}
