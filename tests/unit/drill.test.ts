import { describe, expect, it } from 'vitest';
import { render, type Msg } from '../../src/core/i18n';
import { english } from '../english';
import { CATALOG, DRILL_IDS, findDrill } from '../../src/core/catalog';
import { DETAILS, MUSCLES, TIME_OF_DAY_KEYS } from '../../src/core/catalog/details';
import { describeDose, describeTempo } from '../../src/core/dose-text';
import {
  breakDose,
  CATEGORIES,
  drillText,
  EQUIPMENT,
  fullDurationSeconds,
  POSITIONS,
  secondsPerSet,
  type Dose,
} from '../../src/core/drill';

describe('catalog', () => {
  it('lists in ids.ts exactly the catalog ids, in catalog order (the idle popup validates with that list alone)', () => {
    expect(DRILL_IDS).toEqual(CATALOG.map((d) => d.id));
  });

  it('has details for exactly the drills in the catalog', () => {
    expect(Object.keys(DETAILS).sort()).toEqual([...DRILL_IDS].sort());
  });

  it('has unique ids and the three foundation drills', () => {
    expect(new Set(DRILL_IDS).size).toBe(DRILL_IDS.length);
    expect(DRILL_IDS).toEqual(expect.arrayContaining(['wall-slides', 'chin-tucks', 'band-rows']));
  });

  it('holds at least 24 drills, every one the library was asked for among them', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(24);
    expect(DRILL_IDS).toEqual(
      expect.arrayContaining([
        'wall-slides', 'chin-tucks', 'band-rows', 'band-pull-aparts', 'band-face-pulls', 'band-w-external-rotation',
        'band-external-rotation', 'band-lat-activation', 'band-rear-delt-pull', 'band-mid-trap-pull', 'reverse-fly',
        'doorway-pec-stretch', 'pec-ball-release', 'upper-trap-stretch', 'upper-trap-ball-release',
        'thoracic-extension-roller', 'thoracic-extension-chair', 'shoulder-blade-squeeze', 'prone-hand-lift',
        'childs-pose-side-reach', 'dead-hang', 'wall-push-ups', 'side-plank', 'belly-breaths',
      ]),
    );
  });

  // The best time of day only where the articles place a drill (the desk-worker plan's table and action
  // plan, the physiotherapy article's desk breaks to stretch the neck); every other drill has none.
  it('gives a time of day only where the articles place the drill', () => {
    const placed = Object.fromEntries(Object.entries(DETAILS).filter(([, d]) => d.timeOfDay.length).map(([id, d]) => [id, d.timeOfDay]));
    expect(placed).toEqual({
      'band-pull-aparts': ['morning', 'desk'],
      'wall-slides': ['morning', 'desk'],
      'thoracic-extension-roller': ['morning', 'desk'],
      'thoracic-extension-chair': ['desk'],
      'belly-breaths': ['desk'],
      'upper-trap-stretch': ['desk'],
      'childs-pose-side-reach': ['evening'],
      'dead-hang': ['evening'],
    });
  });

  it('names each time of day in words, as the exercise cards show it', () => {
    expect(Object.fromEntries(Object.entries(TIME_OF_DAY_KEYS).map(([when, key]) => [when, english(key)]))).toEqual({
      morning: 'Morning mobility',
      desk: 'Desk reset',
      evening: 'Evening wind-down',
    });
  });

  it('names every muscle it lists at least once', () => {
    expect(new Set(Object.values(DETAILS).flatMap((d) => d.muscles))).toEqual(new Set(MUSCLES));
  });

  // The doses the reference articles give, as the catalog must carry them.
  it.each([
    ['wall-slides', { kind: 'reps', reps: 12, sets: 3, perSide: false }],
    ['band-pull-aparts', { kind: 'reps', reps: 15, sets: 3, perSide: false }],
    ['doorway-pec-stretch', { kind: 'hold', seconds: 30, reps: 3, perSide: true }],
    ['shoulder-blade-squeeze', { kind: 'hold', seconds: 10, reps: 5, perSide: false }],
    ['chin-tucks', { kind: 'reps', reps: 10, sets: 1, perSide: false }],
    ['band-external-rotation', { kind: 'reps', reps: 8, sets: 3, perSide: true }],
    ['band-rows', { kind: 'reps', reps: 8, sets: 3, perSide: false, tempo: [{ phase: 'pull', seconds: 2 }, { phase: 'squeeze', seconds: 2 }, { phase: 'release', seconds: 4 }] }],
    ['belly-breaths', { kind: 'reps', reps: 5, sets: 1, perSide: false }],
  ] as const)('%s has the dose from the articles', (id, dose) => {
    expect(findDrill(id)!.dose).toMatchObject(dose);
  });

  it.each(CATALOG.map((d) => [d.id, d] as const))('%s is complete and sane', (_id, drill) => {
    const text = drillText(drill, english);
    expect(text.name.length).toBeGreaterThan(3);
    expect(text.purpose.length).toBeGreaterThan(20);
    expect(CATEGORIES).toContain(drill.category);
    expect(POSITIONS).toContain(drill.position);
    drill.equipment.forEach((e) => expect(EQUIPMENT).toContain(e));
    expect(DETAILS[drill.id].muscles.length).toBeGreaterThan(0);
    expect(new Set(DETAILS[drill.id].muscles).size).toBe(DETAILS[drill.id].muscles.length);
    DETAILS[drill.id].muscles.forEach((m) => expect(MUSCLES).toContain(m));
    DETAILS[drill.id].timeOfDay.forEach((t) => expect(['morning', 'desk', 'evening']).toContain(t));
    expect(drill.steps).toBeGreaterThanOrEqual(3);
    expect(drill.steps).toBeLessThanOrEqual(6);
    expect(text.steps.every((s) => s.length > 10)).toBe(true);
    expect(text.cue.length).toBeGreaterThan(10);
    expect(text.mistake.length).toBeGreaterThan(10);
    expect(fullDurationSeconds(drill.dose)).toBeGreaterThan(0);
    expect(findDrill(drill.id)).toBe(drill);
  });
});

describe('dose arithmetic', () => {
  const rows: Dose = { kind: 'reps', reps: 8, sets: 3, perSide: false, tempo: [{ phase: 'pull', seconds: 2 }, { phase: 'squeeze', seconds: 2 }, { phase: 'release', seconds: 4 }] };
  const slides: Dose = { kind: 'reps', reps: 12, sets: 3, perSide: false };
  const pecStretch: Dose = { kind: 'hold', seconds: 30, reps: 3, perSide: true };

  it('derives durations from the dose', () => {
    expect(secondsPerSet(rows)).toBe(64);
    expect(fullDurationSeconds(rows)).toBe(3 * 64 + 2 * 5);
    expect(secondsPerSet(slides)).toBe(36);
    expect(secondsPerSet(pecStretch)).toBe(30 + 5 + 30); // left, switch sides, right
    expect(fullDurationSeconds(pecStretch)).toBe(3 * 65 + 2 * 5);
  });

  it('a break uses one set of a repetition dose', () => {
    expect(breakDose(slides, 120)).toEqual({ ...slides, sets: 1 });
    expect(breakDose(rows, 120)).toEqual({ ...rows, sets: 1 });
  });

  it('a break uses as many holds as fit the cap, at least one', () => {
    expect(breakDose(pecStretch, 120)).toEqual({ ...pecStretch, reps: 1 });
    expect(breakDose(pecStretch, 30)).toEqual({ ...pecStretch, reps: 1 });
    const squeeze: Dose = { kind: 'hold', seconds: 10, reps: 5, perSide: false };
    expect(breakDose(squeeze, 120)).toEqual(squeeze);
  });

  it('describes doses in words', () => {
    const say = (m: Msg) => render(m, english);
    expect(say(describeDose({ ...slides, sets: 1 }))).toBe('1 set of 12');
    expect(say(describeDose(slides))).toBe('3 sets of 12');
    expect(say(describeDose({ ...pecStretch, reps: 1 }))).toBe('hold 30 s, each side');
    expect(say(describeDose(pecStretch))).toBe('hold 30 s × 3, each side');
    expect(describeTempo(rows.tempo!).map(say).join(' · ')).toBe('pull 2 s · squeeze 2 s · release 4 s');
  });
});
