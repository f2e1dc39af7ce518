import { LOCKABLE, MANAGEABLE } from './policy';
import { policyDrillsSchema } from './policy-drills';
import type { JsonSchema } from './schema';
import { settingsSchema } from './settings';

// Written into the package at build time (vite.config.ts); apart from policy.ts, which pages load.

/** Chromium's managed-storage schema (managed_schema.json), made from the settings' own schema and the program's. */
export function managedSchema(): { type: 'object'; properties: Record<string, JsonSchema> } {
  const properties: Record<string, JsonSchema> = Object.fromEntries(MANAGEABLE.map((key) => [key, settingsSchema[key].json!]));
  properties.locked = { type: 'array', items: { type: 'string', enum: LOCKABLE } };
  properties.drills = policyDrillsSchema();
  return { type: 'object', properties };
}
