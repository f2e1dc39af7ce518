import { describe, expect, it } from 'vitest';
import { CATALOG, DRILL_IDS } from '../../src/core/catalog';
import type { DrillId } from '../../src/core/catalog/ids';
import type { Drill } from '../../src/core/drill';
import { msg } from '../../src/core/i18n';
import { drillWorld } from '../../src/core/own-world';
import { group, pickDrill } from '../../src/core/rotation';
import { routinePlan } from '../../src/core/routines';
import { DEFAULT_SETTINGS, enabledDrillIds, readSettings, SETTINGS_VERSION, type Settings } from '../../src/core/settings';
import { settingsProblems, validateSettings } from '../../src/core/settings-rules';
import { FIELD_KEYS, fromSync, planSettingsWrite, readStoredSettings } from '../../src/core/settings-sync';
import { alarm, fresh, run, settings } from './machine-run';
import { towel, yRaise } from './own-fixtures';
import { useTimeZone } from './tz';

// Issue 24 item 3: own drills join the breaks under the same rules, can be the only drills in
// rotation, and can be chosen for the morning and evening routines.

useTimeZone('Europe/Berlin');

const catalogOff = [...DRILL_IDS] as DrillId[];
const onlyOwn: Settings = { ...settings, disabledDrills: catalogOff };
const world = drillWorld([yRaise, towel]);

describe('which drills are switched on', () => {
  it('counts the user’s own drills beside the catalog’s', () => {
    expect(enabledDrillIds({ disabledDrills: catalogOff }, ['own-yraise', 'own-towel'])).toEqual(['own-yraise', 'own-towel']);
    expect(enabledDrillIds({ disabledDrills: [...catalogOff, 'own-towel'] }, ['own-yraise', 'own-towel'])).toEqual(['own-yraise']);
    expect(enabledDrillIds({ disabledDrills: ['own-towel'] }, ['own-yraise', 'own-towel'])).toEqual([...DRILL_IDS, 'own-yraise']);
  });

  it('lets every catalog drill be switched off while an own drill stays on', () => {
    expect(settingsProblems(onlyOwn, ['own-yraise'])).toEqual([]);
    expect(validateSettings(onlyOwn, ['own-yraise'])).toEqual({});
  });

  it('still keeps one drill on: with the own drills off too, or none written', () => {
    const none = { field: 'disabledDrills', involves: ['disabledDrills'], message: msg('err_drills_none') };
    expect(settingsProblems({ ...onlyOwn, disabledDrills: [...catalogOff, 'own-yraise'] }, ['own-yraise'])).toEqual([none]);
    expect(settingsProblems(onlyOwn)).toEqual([none]);
    expect(validateSettings(onlyOwn, [])).toEqual({ disabledDrills: msg('err_drills_none') });
  });

  it('reads every catalog drill switched off as the user left it: their own drills may be the ones on', () => {
    const { settings: read, repaired } = readSettings({ version: SETTINGS_VERSION, disabledDrills: [...catalogOff, 'own-towel'] });
    expect(read.disabledDrills).toEqual([...catalogOff, 'own-towel']);
    expect(repaired).toEqual([]);
  });

  it('stores every catalog drill switched off when the user does so', () => {
    const { settings: next, items } = planSettingsWrite(fromSync({}), () => ({ disabledDrills: catalogOff }));
    expect(next.disabledDrills).toEqual(catalogOff);
    expect(items).toMatchObject({ [FIELD_KEYS.disabledDrills]: catalogOff });
    expect(readStoredSettings(fromSync(items!)).settings.disabledDrills).toEqual(catalogOff);
  });
});

describe('a break with own drills', () => {
  const shownWith = (s: Settings, drills: readonly Drill[] = world) => run(fresh('09:00', s), alarm('active', '10:30'), '10:30', s, drills).state;

  it('comes with an own drill when every catalog drill is switched off, and swaps among the own ones', () => {
    const shown = shownWith(onlyOwn);
    expect(shown.pending!.drillId).toBe('own-yraise');
    const swapped = run(shown, { type: 'swap' }, '10:31', onlyOwn, world).state;
    expect(swapped.pending).toMatchObject({ drillId: 'own-towel', swapped: ['own-yraise'] });
  });

  it('never comes with an own drill the user switched off or said hurt', () => {
    expect(shownWith({ ...onlyOwn, disabledDrills: [...catalogOff, 'own-yraise'] }).pending!.drillId).toBe('own-towel');
    expect(shownWith({ ...onlyOwn, painfulDrills: ['own-yraise'] }).pending!.drillId).toBe('own-towel');
    // Nor one needing kit they do not have, or room they do not have.
    const kit = drillWorld([{ ...yRaise, equipment: ['foam-roller'] }, towel]);
    expect(shownWith(onlyOwn, kit).pending!.drillId).toBe('own-towel');
    expect(shownWith({ ...onlyOwn, spaces: ['desk'] }).pending!.drillId).toBe('own-towel');
  });

  it('takes its turn beside the catalog’s drills: after a drill of one group, an own drill of the other leads', () => {
    // Prone Y raise strengthens, the towel stretch eases; wall slides and doorway stretches are one of each.
    expect([yRaise, towel].map((d) => group(d.category))).toEqual(['work', 'ease']);
    const four = { ...settings, disabledDrills: catalogOff.filter((id) => id !== 'wall-push-ups' && id !== 'doorway-pec-stretch') };
    expect(pickDrill(four, ['wall-push-ups'], [], world).drill!.id).toBe('doorway-pec-stretch');
    expect(pickDrill(four, ['doorway-pec-stretch', 'wall-push-ups'], [], world).drill!.id).toBe('own-yraise');
    expect(pickDrill(four, ['own-yraise', 'doorway-pec-stretch', 'wall-push-ups'], [], world).drill!.id).toBe('own-towel');
  });

  it('with no drill switched on at all (own drills deleted since), comes with the catalog’s drill as if all were on', () => {
    const asIfAllOn = shownWith({ ...onlyOwn, disabledDrills: [] }, CATALOG).pending!.drillId;
    expect(shownWith(onlyOwn, CATALOG).pending!.drillId).toBe(asIfAllOn);
    expect(shownWith({ ...onlyOwn, disabledDrills: [...catalogOff, 'own-yraise', 'own-towel'] }).pending!.drillId).toBe(asIfAllOn);
  });
});

describe('routinePlan with own drills', () => {
  const evening = { ...yRaise, routines: ['evening' as const] };
  const both = { ...towel, routines: ['morning' as const, 'evening' as const] };
  const routineWorld = drillWorld([evening, both, { ...yRaise, id: 'own-none', name: 'Not in a routine' }]);

  it('adds the own drills chosen for the routine after the plan’s, at the dose written', () => {
    const plan = routinePlan('evening', DEFAULT_SETTINGS, routineWorld);
    const catalogPlan = routinePlan('evening', DEFAULT_SETTINGS);
    expect(plan.slice(0, catalogPlan.length)).toEqual(catalogPlan);
    expect(plan.slice(catalogPlan.length).map((s) => [s.drill.id, s.dose])).toEqual([
      ['own-yraise', evening.dose],
      ['own-towel', both.dose],
    ]);
    expect(routinePlan('morning', DEFAULT_SETTINGS, routineWorld).map((s) => s.drill.id).filter((id) => id.startsWith('own-'))).toEqual(['own-towel']);
  });

  it('leaves out an own drill that hurt or needs kit or room the user does not have, but not one switched off for breaks', () => {
    const ids = (s: Settings, w = routineWorld) => routinePlan('evening', s, w).map((step) => step.drill.id).filter((id) => id.startsWith('own-'));
    expect(ids({ ...DEFAULT_SETTINGS, painfulDrills: ['own-yraise'] })).toEqual(['own-towel']);
    expect(ids({ ...DEFAULT_SETTINGS, spaces: ['desk'] })).toEqual(['own-towel']);
    expect(ids(DEFAULT_SETTINGS, drillWorld([{ ...evening, equipment: ['pull-up-bar'] }, both]))).toEqual(['own-towel']);
    expect(ids({ ...DEFAULT_SETTINGS, disabledDrills: ['own-yraise'] })).toEqual(['own-yraise', 'own-towel']);
  });
});
