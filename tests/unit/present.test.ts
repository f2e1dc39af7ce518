import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { findDrill, type CatalogId, type DrillId } from '../../src/core/catalog';
import { breakLength } from '../../src/core/drill';
import { render, toMessagesFile, translateWith } from '../../src/core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { initialState, type State } from '../../src/core/state';
import { present } from '../../src/background/present';
import { LADDERS } from '../../src/core/catalog/ladders';
import { NO_LEVELS, setLevel } from '../../src/core/levels';
import { saveLevels } from '../../src/platform/levels';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { drillName } from '../english';
import type { OwnDrill } from '../../src/core/own-drill';
import { drillWorld } from '../../src/core/own-world';

const T0 = new Date('2026-03-02T10:30:00').getTime();
const sources = readLocaleSources();
const words = (lang: 'en' | 'de' | 'es') => translateWith(toMessagesFile(sources[lang]!));

function pendingFor(drillId: DrillId): State {
  return { ...initialState(T0), pending: { drillId, dueAt: T0, shownAt: T0, snoozedUntil: null, held: false, swapped: [], waiting: null } };
}
async function body(drillId: DrillId, over: Partial<Settings> = {}) {
  await present(pendingFor(drillId), { ...DEFAULT_SETTINGS, openDrillAutomatically: false, ...over });
  return (await fakeBrowser.notifications.getAllCreateOptions())['break']?.message;
}

beforeEach(() => fakeBrowser.reset());

/** Puts each drill at its articles' dose, the catalog's. */
async function atArticleDose(...ids: DrillId[]) {
  let levels = NO_LEVELS;
  for (const id of ids) levels = setLevel(levels, id, LADDERS[id as CatalogId].article, T0);
  await saveLevels(levels);
}

describe('the break notification', () => {
  it('says how long the drill on screen takes at the user’s level, from its break dose', async () => {
    // A new user starts one rung below the articles' dose.
    expect(await body('band-rows')).toBe(`${drillName('band-rows')}, 48 s.`); // one set: 8 × (2 + 2 + 2) s
    expect(await body('chin-tucks')).toBe(`${drillName('chin-tucks')}, 24 s.`); // 8 × 3 s
    await atArticleDose('band-rows', 'chin-tucks');
    expect(await body('band-rows')).toBe(`${drillName('band-rows')}, 1 min 4 s.`); // 8 × (2 + 2 + 4) s
    expect(await body('chin-tucks')).toBe(`${drillName('chin-tucks')}, 30 s.`); // 10 × 3 s
  });

  it('follows the drill-length cap, as the break does', async () => {
    await atArticleDose('doorway-pec-stretch');
    const pec = drillName('doorway-pec-stretch');
    // Doorway pec stretch: holds of 30 s a side (65 s with the switch), 5 s between holds.
    expect(await body('doorway-pec-stretch', { drillCapSeconds: 120 })).toBe(`${pec}, 1 min 5 s.`);
    expect(await body('doorway-pec-stretch', { drillCapSeconds: 134 })).toBe(`${pec}, 1 min 5 s.`);
    expect(await body('doorway-pec-stretch', { drillCapSeconds: 135 })).toBe(`${pec}, 2 min 15 s.`);
    expect(await body('doorway-pec-stretch', { drillCapSeconds: 300 })).toBe(`${pec}, 3 min 25 s.`);
  });
});

describe('the break notification of an own drill', () => {
  const english = words('en');
  const own: OwnDrill = {
    id: 'own-abc', name: 'Towel stretch', purpose: 'Open the chest', steps: ['Hold a towel behind you.'], cue: '', mistake: '',
    category: 'stretch', equipment: ['none'], position: 'standing', dose: { kind: 'hold', seconds: 20, reps: 1, perSide: false }, figure: null, routines: [], levels: true, picture: null,
  };
  const notice = async (drills: ReturnType<typeof drillWorld>) => {
    await present(pendingFor('own-abc'), { ...DEFAULT_SETTINGS, openDrillAutomatically: false }, false, drills);
    return (await fakeBrowser.notifications.getAllCreateOptions())['break']?.message;
  };

  it('names it by its own name, with its length', async () => {
    expect(await notice(drillWorld([own]))).toBe('Towel stretch, 20 s.');
  });

  it('says the drill was deleted when it is gone (deleted while the break waited), not that every drill hurt', async () => {
    expect(await notice(drillWorld([]))).toBe(english('ownb_removed_notify'));
  });
});

describe('a drill’s length in words', () => {
  const drill = (id: string) => findDrill(id)!;
  it.each([
    ['en', 'band-rows', 120, '1 min 4 s'],
    ['de', 'band-rows', 120, '1 Min. 4 Sek.'],
    ['es', 'band-rows', 120, '1 min 4 s'],
    ['en', 'chin-tucks', 120, '30 s'],
    ['de', 'chin-tucks', 120, '30 Sek.'],
    ['es', 'chin-tucks', 120, '30 s'],
  ] as const)('%s: %s under a %i s cap takes %s', (lang, id, cap, text) => {
    expect(render(breakLength(drill(id), cap), words(lang))).toBe(text);
  });

  it('whole minutes are said without seconds, and seconds never reach 60', () => {
    const hold = (seconds: number) => ({ ...drill('dead-hang'), dose: { kind: 'hold' as const, seconds, reps: 1, perSide: false } });
    expect(render(breakLength(hold(120), 300), words('en'))).toBe('2 min');
    expect(render(breakLength(hold(60), 300), words('de'))).toBe('1 Min.');
    expect(render(breakLength(hold(59), 300), words('es'))).toBe('59 s');
    expect(render(breakLength(hold(61), 300), words('en'))).toBe('1 min 1 s');
  });
});
