import { describe, expect, it } from 'vitest';
import { MANAGEABLE, readPolicy } from '../../src/core/policy';
import { managedSchema } from '../../src/core/managed-schema';
import { DEFAULT_SETTINGS, NO_POLICY, OWNABLE_EQUIPMENT, readSettings, SETTINGS_VERSION, settingsSchema, toStored, type Policy } from '../../src/core/settings';
import { changeSettings } from './settings-change';

// Defaults and locks an organisation sets through browser policy (managed storage).

const policy = (values: Policy['values'], locked: Policy['locked'] = []): Policy => ({ values, locked });

describe('reading the policy', () => {
  it('no policy (nothing managed, or Chromium with none set) is no policy', () => {
    expect(readPolicy(undefined)).toEqual({ policy: NO_POLICY, problems: [] });
    expect(readPolicy({})).toEqual({ policy: NO_POLICY, problems: [] });
  });

  it('takes every manageable field, checked by the settings schema, and the locked list', () => {
    const raw = { intervalMinutes: 60, workDays: [1, 2, 3, 4], workHours: [{ start: '08:00', end: '16:30' }], equipment: ['wall', 'band'], morningRoutine: true, morningTime: '08:15', locked: ['intervalMinutes', 'workHours'] };
    const { locked, ...values } = raw;
    expect(readPolicy(raw)).toEqual({ policy: { values, locked }, problems: [] });
    expect(readPolicy({ locked: 'equipment' }).policy.locked).toEqual(['equipment']);
  });

  it('the organisation’s drills are read apart (policy-drills.ts), and may be locked on', () => {
    expect(readPolicy({ drills: { format: 'desk-reset-program' }, locked: ['drills', 'equipment'] })).toEqual({ policy: { values: {}, locked: ['drills', 'equipment'] }, problems: [] });
    // The views ask it this way.
    expect((readPolicy({ locked: 'drills' }).policy.locked as readonly string[]).includes('drills')).toBe(true);
  });

  it('leaves out a bad value field by field and names it; the rest applies', () => {
    const { policy: read, problems } = readPolicy({ intervalMinutes: 1000, idleMinutes: 7, workDays: 'weekdays', hologram: true, locked: ['idleMinutes', 'drillCapSeconds', 3] });
    expect(read).toEqual({ values: { idleMinutes: 7 }, locked: ['idleMinutes'] });
    expect(problems).toEqual([
      'intervalMinutes (1000)',
      'workDays ("weekdays")',
      'hologram (not a setting an organisation can set)',
      'locked: "drillCapSeconds" (not a setting an organisation can lock)',
      'locked: 3 (not a setting an organisation can lock)',
    ]);
    expect(readPolicy({ soundCues: true }).problems).toEqual(['soundCues (not a setting an organisation can set)']);
    expect(readPolicy(['intervalMinutes'])).toEqual({ policy: NO_POLICY, problems: ['the policy (not an object)'] });
  });
});

describe('settings under a policy', () => {
  const org = policy({ intervalMinutes: 60, idleMinutes: 7, equipment: ['wall', 'chair', 'band'] }, ['equipment']);

  it('the organisation’s values are the defaults where the user chose nothing', () => {
    expect(readSettings(undefined, org).settings).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 60, idleMinutes: 7, equipment: ['wall', 'chair', 'band'] });
    expect(readSettings({ version: SETTINGS_VERSION, intervalMinutes: 45 }, org).settings).toMatchObject({ intervalMinutes: 45, idleMinutes: 7 });
  });

  it('a locked field takes the organisation’s value whatever the user chose; locked without a value, our default', () => {
    expect(readSettings({ version: SETTINGS_VERSION, equipment: ['ball'] }, org).settings.equipment).toEqual(['wall', 'chair', 'band']);
    expect(readSettings({ version: SETTINGS_VERSION, snoozeCap: 9 }, policy({}, ['snoozeCap'])).settings.snoozeCap).toBe(DEFAULT_SETTINGS.snoozeCap);
  });

  it('a broken choice falls back to the organisation’s value, not ours', () => {
    const { settings, repaired } = readSettings({ version: SETTINGS_VERSION, idleMinutes: 'soon' }, org);
    expect(settings.idleMinutes).toBe(7);
    expect(repaired).toEqual(['idleMinutes']);
  });

  it('a change stores only the user’s own choices, never a locked field', () => {
    const { settings, stored } = changeSettings({ version: SETTINGS_VERSION }, () => ({ soundCues: true, equipment: ['ball'], intervalMinutes: 50 }), org);
    expect(stored).toEqual({ version: SETTINGS_VERSION, soundCues: true, intervalMinutes: 50 });
    expect(settings).toMatchObject({ soundCues: true, intervalMinutes: 50, idleMinutes: 7, equipment: ['wall', 'chair', 'band'] });
  });

  it('locked drills: the organisation’s cannot be switched off, the catalog’s and the user’s own still can, and “it hurt” still counts', () => {
    const stored = { version: SETTINGS_VERSION, disabledDrills: ['org-abc', 'own-xyz', 'chin-tucks', 'org-def'], painfulDrills: ['org-ghi'] };
    expect(readSettings(stored, policy({}, ['drills'])).settings).toMatchObject({ disabledDrills: ['own-xyz', 'chin-tucks'], painfulDrills: ['org-ghi'] });
    expect(readSettings(stored, policy({}, ['equipment'])).settings.disabledDrills).toEqual(['org-abc', 'own-xyz', 'chin-tucks', 'org-def']);
    // Switching one off under the lock does not take (as read back); a catalog drill switched off does.
    const { stored: written } = changeSettings(stored, (s) => ({ disabledDrills: [...s.disabledDrills, 'org-new', 'wall-slides'] }), policy({}, ['drills']));
    expect(readSettings(written, policy({}, ['drills'])).settings.disabledDrills).toEqual(['own-xyz', 'chin-tucks', 'wall-slides']);
  });

  it('a new default from the organisation reaches a user who never chose that field, even after other changes', () => {
    const { stored } = changeSettings(undefined, () => ({ safetyAcknowledged: true }), org);
    const later = policy({ intervalMinutes: 75 });
    expect(readSettings(stored, later).settings).toMatchObject({ intervalMinutes: 75, safetyAcknowledged: true });
  });

  it('settings stored by version 5, every field written: those at our default were never chosen', () => {
    const old = { ...toStored({ ...DEFAULT_SETTINGS, soundCues: true }), version: 5 };
    expect(readSettings(old, org).settings).toMatchObject({ intervalMinutes: 60, idleMinutes: 7, soundCues: true });
    expect(readSettings({ ...old, intervalMinutes: 45 }, org).settings.intervalMinutes).toBe(45);
  });
});

describe('the managed-storage schema Chromium checks a policy against', () => {
  // Made in each test, not here: a schema that fails to build then fails a test, not the file's collection.
  it('describes an object at the top, the only policy Chromium accepts for an extension', () => {
    const schema = managedSchema();
    expect(schema.type).toBe('object');
  });

  it('names every manageable field, the locked list and the program (policy-schema.test.ts), nothing else', () => {
    const schema = managedSchema();
    expect(Object.keys(schema.properties)).toEqual([...MANAGEABLE, 'locked', 'drills']);
    expect(schema.properties.locked).toEqual({ type: 'array', items: { type: 'string', enum: [...MANAGEABLE, 'drills'] } });
    expect(schema.properties.equipment).toEqual({ type: 'array', items: { type: 'string', enum: OWNABLE_EQUIPMENT } });
  });

  it('agrees with the settings schema at the edges of every number and the form of every time', () => {
    const schema = managedSchema();
    for (const key of MANAGEABLE) {
      const json = schema.properties[key]!;
      const check = (value: unknown) => settingsSchema[key].check(value).ok;
      if (json.type === 'integer' && json.minimum !== undefined && json.maximum !== undefined) {
        expect([check(json.minimum - 1), check(json.minimum), check(json.maximum), check(json.maximum + 1)], key).toEqual([false, true, true, false]);
      }
      if (json.type === 'string' && json.pattern) {
        for (const time of ['08:30', '23:59', '24:00', '8:30', '12:60']) expect(new RegExp(json.pattern).test(time), `${key} ${time}`).toBe(check(time));
      }
      if (json.type === 'boolean') expect([check(true), check('yes')], key).toEqual([true, false]);
    }
  });
});
