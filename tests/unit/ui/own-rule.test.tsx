import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../../src/core/catalog';
import { msg } from '../../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { fromDraft, toDraft } from '../../../src/options/draft';

// Issue 24: own drills can be the only drills in rotation, so the rule "keep at least one drill
// switched on" counts them.

const allCatalogOff = { ...toDraft(DEFAULT_SETTINGS), disabledDrills: [...DRILL_IDS] };

describe('at least one drill switched on, own drills counted', () => {
  it('every catalog drill off with an own drill on saves', () => {
    const { settings, errors } = fromDraft(allCatalogOff, DEFAULT_SETTINGS, ['own-abc']);
    expect(errors).toEqual({});
    expect(settings.disabledDrills).toEqual([...DRILL_IDS]);
  });

  it('every catalog drill and every own drill off is still refused, and the stored list kept', () => {
    const { settings, errors } = fromDraft({ ...allCatalogOff, disabledDrills: [...DRILL_IDS, 'own-abc'] }, DEFAULT_SETTINGS, ['own-abc']);
    expect(errors).toEqual({ disabledDrills: msg('err_drills_none') });
    expect(settings.disabledDrills).toEqual(DEFAULT_SETTINGS.disabledDrills);
  });

  it('with no own drills, every catalog drill off is refused as before', () => {
    expect(fromDraft(allCatalogOff, DEFAULT_SETTINGS).errors).toEqual({ disabledDrills: msg('err_drills_none') });
  });
});
