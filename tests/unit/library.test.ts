import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog';
import { drillStanding, fits, LIBRARY_SHOWS, NO_FILTER, showsDrill, type LibraryFilter } from '../../src/core/library';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

// The settings page's drill library: what each filter shows, checked against the catalog by hand.
const user: Settings = {
  ...DEFAULT_SETTINGS,
  equipment: ['wall', 'doorway', 'band'],
  spaces: ['desk', 'standing'],
  disabledDrills: ['chin-tucks', 'band-rows'],
  painfulDrills: ['band-rows', 'wall-slides'],
};
const shown = (filter: Partial<LibraryFilter>) => CATALOG.filter((d) => showsDrill(d, { ...NO_FILTER, ...filter }, user)).map((d) => d.id);
const byHand = (keep: (d: (typeof CATALOG)[number]) => boolean) => CATALOG.filter(keep).map((d) => d.id);

describe('the drill library filters', () => {
  it('shows every drill with no filter', () => {
    expect(shown({})).toEqual(CATALOG.map((d) => d.id));
  });

  it('opens with its status menu on one of the choices it offers, so the menu never shows blank', () => {
    expect(LIBRARY_SHOWS).toContain(NO_FILTER.show);
  });

  it('by category, by a piece of kit, by position', () => {
    expect(shown({ category: 'stretch' })).toEqual(byHand((d) => d.category === 'stretch'));
    expect(shown({ equipment: 'band' })).toEqual(byHand((d) => (d.equipment as readonly string[]).includes('band')));
    expect(shown({ equipment: 'band' }).length).toBeGreaterThan(0);
    expect(shown({ equipment: 'none' })).toEqual(byHand((d) => (d.equipment as readonly string[]).includes('none')));
    expect(shown({ position: 'floor' })).toEqual(byHand((d) => d.position === 'floor'));
    expect(shown({ category: 'strength', position: 'standing' })).toEqual(byHand((d) => d.category === 'strength' && d.position === 'standing'));
  });

  it('"fits me": kit, space and cap allow it, even a drill switched off or reported', () => {
    const expected = byHand((d) => d.equipment.every((e) => e === 'none' || user.equipment.includes(e as never)) && d.position !== 'floor');
    // The cap rules out none of these at the default 60 s: every drill has a dose that fits a break.
    expect(shown({ show: 'fits' })).toEqual(expected);
    expect(shown({ show: 'fits' })).toEqual(expect.arrayContaining(['chin-tucks', 'wall-slides']));
    expect(fits(CATALOG.find((d) => d.position === 'floor')!, user)).toBe(false);
  });

  it('"switched off" and "hurt me" list exactly those drills', () => {
    expect(shown({ show: 'off' }).sort()).toEqual(['band-rows', 'chin-tucks']);
    expect(shown({ show: 'hurt' }).sort()).toEqual(['band-rows', 'wall-slides']);
    expect(shown({ show: 'hurt', equipment: 'wall' })).toEqual(['wall-slides']);
  });
});

describe('where a drill stands', () => {
  const drill = (id: string) => CATALOG.find((d) => d.id === id)!;

  it('hurt before switched off, switched off before the kit and space rules', () => {
    expect(drillStanding(drill('band-rows'), user)).toBe('hurt');
    expect(drillStanding(drill('wall-slides'), user)).toBe('hurt');
    expect(drillStanding(drill('chin-tucks'), user)).toBe('off');
  });

  it('names the rule that keeps a drill out, or says it is in the rotation', () => {
    const floor = CATALOG.find((d) => d.position === 'floor' && d.equipment.every((e) => e === 'none'))!;
    expect(drillStanding(floor, user)).toBe('space');
    const kit = CATALOG.find((d) => d.position !== 'floor' && !user.painfulDrills.includes(d.id as never) && d.equipment.some((e) => e !== 'none' && !user.equipment.includes(e as never)))!;
    expect(drillStanding(kit, user)).toBe('equipment');
    expect(drillStanding(drill('chin-tucks'), { ...user, disabledDrills: [] })).toBe('in rotation');
    expect(drillStanding(drill('chin-tucks'), { ...user, disabledDrills: [], drillCapSeconds: 1 })).toBe('too long');
  });
});
