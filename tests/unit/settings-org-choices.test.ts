import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog';
import { DEFAULT_SETTINGS, NO_POLICY, toStored, type Policy } from '../../src/core/settings';
import { FIELD_KEYS, planSettingsWrite, type StoredSettings } from '../../src/core/settings-sync';

// Issue 24, review: under the organisation's lock on its drills, the settings read past its drills
// the user switched off. A later write of the drills switched off, made from that view, keeps
// those choices stored: when the lock goes, they are off again as the user left them.

const locked: Policy = { ...NO_POLICY, locked: ['drills'] };
/** Settings a version before own keys wrote whole, with these drills switched off. */
const storedOff = (off: unknown[]): StoredSettings => ({ legacy: { ...toStored(DEFAULT_SETTINGS), disabledDrills: off }, fields: {} });
const written = (items: Record<string, unknown> | null) => items?.[FIELD_KEYS.disabledDrills];

describe('the drills switched off, written under the lock on the organisation’s drills', () => {
  it('keep the organisation’s drills the user had switched off, which the view read past', () => {
    const stored = storedOff(['org-abc', 'chin-tucks', 'own-x']);
    const { settings, items } = planSettingsWrite(stored, (fresh) => ({ disabledDrills: [...fresh.disabledDrills, 'wall-slides'] }), { policy: locked });
    expect(settings.disabledDrills).toEqual(['chin-tucks', 'own-x', 'wall-slides']);
    expect(written(items)).toEqual(['chin-tucks', 'own-x', 'wall-slides', 'org-abc']);
  });

  it('as the library’s “Switch on all shown” writes them: the catalog’s on, the organisation’s choice kept', () => {
    const stored = storedOff(['org-abc', ...DRILL_IDS]);
    const shown = new Set<string>(DRILL_IDS);
    const { items } = planSettingsWrite(stored, (fresh) => ({ disabledDrills: fresh.disabledDrills.filter((id) => !shown.has(id)) }), { policy: locked });
    expect(written(items)).toEqual(['org-abc']);
  });

  it('without the lock, or when the settings are reset, the list written is the list given', () => {
    const stored = storedOff(['org-abc', 'chin-tucks']);
    expect(written(planSettingsWrite(stored, () => ({ disabledDrills: ['chin-tucks'] })).items)).toEqual(['chin-tucks']);
    const reset = planSettingsWrite(stored, () => ({}), { policy: locked, forget: true });
    expect(reset.items?.[FIELD_KEYS.disabledDrills]).toBeNull();
  });

  it('a value of another version beside them is kept as before', () => {
    const stored = storedOff(['org-abc', 'chin-tucks', 'kettlebell-halo']);
    expect(written(planSettingsWrite(stored, () => ({ disabledDrills: [] }), { policy: locked }).items)).toEqual(['org-abc', 'kettlebell-halo']);
  });
});
