import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, NO_POLICY, readSettings, type Policy } from '../../src/core/settings';
import { planSettingsWrite } from '../../src/core/settings-sync';

// Issue 24 item 5: under the organisation's lock on its drills, none of them is switched off, in
// the settings as read and in the settings a write hands back, while the user's choice is stored.

const locked: Policy = { ...NO_POLICY, locked: ['drills'] };
const none = { legacy: undefined, fields: {} };

describe('the lock on an organisation’s drills', () => {
  it('reads past an organisation drill switched off, and only those', () => {
    const raw = { ...DEFAULT_SETTINGS, disabledDrills: ['org-abc', 'own-x', 'chin-tucks'] };
    expect(readSettings(raw, locked).settings.disabledDrills).toEqual(['own-x', 'chin-tucks']);
    expect(readSettings(raw, NO_POLICY).settings.disabledDrills).toEqual(['org-abc', 'own-x', 'chin-tucks']);
  });

  it('hands back, after a write, the settings as they apply: the organisation drill on; the choice itself stored', () => {
    const { settings, items } = planSettingsWrite(none, () => ({ disabledDrills: ['org-abc', 'chin-tucks'] }), { policy: locked });
    expect(settings.disabledDrills).toEqual(['chin-tucks']);
    expect(items?.['settings.disabledDrills']).toEqual(['org-abc', 'chin-tucks']);
    expect(planSettingsWrite(none, () => ({ disabledDrills: ['org-abc'] })).settings.disabledDrills).toEqual(['org-abc']);
  });
});
