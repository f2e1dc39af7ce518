import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog';
import type { Drill } from '../../src/core/drill';
import { plural, render, toMessagesFile, translateWith } from '../../src/core/i18n';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { noFitReasons } from '../../src/core/no-fit';
import { group, pickDrill, rankCandidates, unfit } from '../../src/core/rotation';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

// The rotation's rules one at a time, on small hand-made catalogs where each rule alone decides.
const drill = (id: string, over: Partial<Drill> = {}): Drill => ({
  id,
  category: 'stretch',
  equipment: ['none'],
  position: 'standing',
  dose: { kind: 'hold', seconds: 20, reps: 1, perSide: false },
  steps: 3,
  ...over,
});
const hold = (seconds: number) => ({ kind: 'hold' as const, seconds, reps: 1, perSide: false });
const base: Settings = { ...DEFAULT_SETTINGS, equipment: [], spaces: ['standing', 'desk'], drillCapSeconds: 120 };
/** Settings under which none of `catalog` fits (all switched off), so pickDrill falls back. */
const allOff = (catalog: Drill[], over: Partial<Settings> = {}) => ({ ...base, disabledDrills: catalog.map((d) => d.id) as never, ...over });

describe('rotation rules', () => {
  it.each([
    ['strength', 'work'],
    ['activation', 'work'],
    ['mobility', 'ease'],
    ['stretch', 'ease'],
    ['release', 'ease'],
    ['breathing', 'ease'],
  ] as const)('a %s drill belongs to the %s group', (category, expected) => {
    expect(group(category)).toBe(expected);
  });

  it('after a drill of one group, a drill of the other group comes first', () => {
    const catalog = [drill('s1', { category: 'strength' }), drill('s2', { category: 'activation' }), drill('e1', { category: 'stretch' }), drill('e2', { category: 'mobility' })];
    expect(rankCandidates(base, ['s1' as never], catalog).map((d) => d.id)).toEqual(['e1', 'e2', 's2', 's1']);
    expect(rankCandidates(base, ['e2' as never], catalog).map((d) => d.id)).toEqual(['s1', 's2', 'e1', 'e2']);
    expect(rankCandidates(base, [], catalog).map((d) => d.id)).toEqual(['s1', 's2', 'e1', 'e2']);
  });

  it('the real catalog alternates too: after band rows a stretch or release leads, after the doorway stretch a pull', () => {
    const all = { ...base, equipment: ['wall', 'doorway', 'chair', 'band', 'anchored-band', 'foam-roller', 'ball', 'pull-up-bar'], spaces: ['desk', 'standing', 'floor'] } as Settings;
    expect(group(rankCandidates(all, ['band-rows'])[0]!.category)).toBe('ease');
    expect(group(rankCandidates(all, ['doorway-pec-stretch'])[0]!.category)).toBe('work');
    expect(CATALOG.some((d) => group(d.category) === 'work') && CATALOG.some((d) => group(d.category) === 'ease')).toBe(true);
  });

  it('a drill exactly as long as the cap fits; a second longer does not', () => {
    expect(unfit(drill('a', { dose: hold(30) }), { ...base, drillCapSeconds: 30 })).toBeNull();
    expect(unfit(drill('a', { dose: hold(31) }), { ...base, drillCapSeconds: 30 })).toBe('too long');
  });

  it('with nothing fitting, the stand-in needs no equipment before anything else', () => {
    const catalog = [drill('band-short', { equipment: ['band'], dose: hold(10) }), drill('mixed', { equipment: ['none', 'band'], dose: hold(15) }), drill('bare-long', { dose: hold(60) })];
    expect(pickDrill(allOff(catalog), [], [], catalog)).toEqual({ drill: catalog[2], fallback: true });
  });

  it('then one in a space the user has, then the shortest', () => {
    const spaces = [drill('floor-short', { position: 'floor', dose: hold(10) }), drill('standing-long', { dose: hold(60) })];
    expect(pickDrill(allOff(spaces), [], [], spaces).drill?.id).toBe('standing-long');
    const lengths = [drill('long', { dose: hold(60) }), drill('short', { dose: hold(10) }), drill('middle', { dose: hold(30) })];
    expect(pickDrill(allOff(lengths), [], [], lengths).drill?.id).toBe('short');
  });

  it('then one left switched on over one switched off, and never one that hurt', () => {
    const catalog = [drill('off-short', { dose: hold(10), equipment: ['band'] }), drill('on-long', { dose: hold(60), equipment: ['band'] }), drill('hurt', { dose: hold(5) })];
    const s = { ...base, disabledDrills: ['off-short'], painfulDrills: ['hurt'] } as never;
    expect(pickDrill(s, [], [], catalog)).toEqual({ drill: catalog[1], fallback: true });
  });

  it('says why nothing fits: one reason each, with how many drills it rules out', () => {
    const catalog = [drill('a'), drill('b'), drill('long', { dose: hold(200) }), drill('c', { equipment: ['band'] })];
    const s = { ...base, disabledDrills: ['a', 'b'] } as never;
    const reasons = noFitReasons(s, catalog);
    expect(reasons).toEqual([plural('nofit_disabled', 2, 2), plural('nofit_too_long', 1, 1), plural('nofit_equipment', 1, 1)]);
    // Each said in the form its count takes.
    const sources = readLocaleSources();
    const say = (lang: string) => translateWith(toMessagesFile(sources[lang]!));
    expect(reasons.map((r) => render(r, say('en')))).toEqual(['2 switched off', '1 takes longer than your drill-length cap', '1 needs equipment you have not ticked']);
    expect(reasons.map((r) => render(r, say('de')))).toEqual(['2 ausgeschaltet', '1 dauert länger als deine Obergrenze pro Übung', '1 braucht Ausrüstung, die du nicht angehakt hast']);
  });
});
