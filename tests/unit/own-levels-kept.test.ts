import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog';
import { atLevel } from '../../src/core/leveled';
import { laddersOf, levelOf, NO_LEVELS, rateLevel, readLevels, setLevel, type LevelStore } from '../../src/core/levels';
import { ownLadder } from '../../src/core/own-ladder';
import { drillWorld, findIn } from '../../src/core/own-world';
import { buildProgram, parseProgram } from '../../src/core/program';
import { saveOwnDrill } from '../../src/platform/own-drills';
import { importProgram } from '../../src/platform/program';
import { doneAndRated } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { at, install } from './worker-routines';
import { stored, yRaise } from './own-fixtures';
import { useTimeZone } from './tz';

// Issue 24, review: an own drill's level is the user's progress. Switching levels off for a drill
// leaves it where it was (nothing moved or written meanwhile); a ladder made shorter since (a dose
// edited, a policy changed) never shows or keeps a rung past its top; and a dose the user changes
// starts the level again at the new dose written.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => at('Europe/Berlin', hhmm, day);
const levels = async () => ((await fakeBrowser.storage.local.get('levels')).levels ?? { drills: {}, log: [] }) as LevelStore;
/** Prone Y raise, 10 × 2: 5 × 1, 8 × 1, 10 × 2 (the start, rung 2), 10 × 3. */
const Y = ownLadder(yRaise.dose);
const flat = { ...yRaise, levels: false };
const ID = 'own-yraise' as const;
const level = (rung: number) => ({ rung, streak: null, last: null });


describe('levels switched off for an own drill', () => {
  freshWorkerEach(() => t('09:00'));

  it('ratings neither move nor store its level: switched on again, it is on the dose written, not the lowest rung', async () => {
    await fakeBrowser.storage.sync.set({ [`own.${flat.id}`]: stored(flat, t('08:00')) });
    await install({ disabledDrills: [...DRILL_IDS] });
    expect(await doneAndRated(t('09:10'), 'hard')).toBe(flat.id);
    expect(await doneAndRated(t('09:10', '03'), 'hard')).toBe(flat.id);
    expect((await levels()).drills[ID]).toBeUndefined();
    const on = findIn(drillWorld([yRaise]), yRaise.id)!;
    expect(atLevel(on, await levels())).toMatchObject({ level: Y.start, rung: Y.start, drill: { dose: yRaise.dose } });
  });

  it('keeps a level it had: done at the dose written meanwhile, back on its rung when levels are on again', async () => {
    await fakeBrowser.storage.sync.set({ [`own.${flat.id}`]: stored(flat, t('08:00')) });
    await fakeBrowser.storage.local.set({ levels: { drills: { [flat.id]: level(3) }, log: [] } });
    await install({ disabledDrills: [...DRILL_IDS] });
    await doneAndRated(t('09:10'), 'easy');
    await doneAndRated(t('09:10', '03'), 'hard');
    expect((await levels()).drills[ID]).toEqual(level(3));
    const off = findIn(drillWorld([flat]), flat.id)!;
    expect(atLevel(off, await levels())).toMatchObject({ rung: 0, rungs: 1, drill: { dose: flat.dose } });
    const on = findIn(drillWorld([yRaise]), yRaise.id)!;
    expect(atLevel(on, await levels())).toMatchObject({ level: 3, rung: 3, rungs: Y.rungs.length, drill: { dose: Y.rungs[3]!.dose } });
  });
});

describe('a level past the top of a ladder made shorter since', () => {
  const world = drillWorld([yRaise]);
  const ladders = laddersOf(world);
  const past: LevelStore = { drills: { [yRaise.id]: level(7) }, log: [] };
  const day = (d: number) => t('10:00', String(d).padStart(2, '0'));

  it('reads as the top, in the level and at a break', () => {
    expect(levelOf(past, 'own-yraise', ladders).rung).toBe(Y.rungs.length - 1);
    expect(atLevel(findIn(world, 'own-yraise')!, past)).toMatchObject({ level: Y.rungs.length - 1, rung: Y.rungs.length - 1 });
  });

  it('comes down a rung from the top on "hard" twice; a run of ratings alone leaves the rung as stored', () => {
    const once = rateLevel(past, 'own-yraise', 'hard', day(2), true, ladders);
    expect(once.drills['own-yraise']).toEqual({ rung: 7, streak: { rating: 'hard', count: 1 }, last: null });
    const twice = rateLevel(once, 'own-yraise', 'hard', day(3), true, ladders);
    expect(levelOf(twice, 'own-yraise', ladders).rung).toBe(Y.rungs.length - 2);
    expect(twice.log).toEqual([{ drillId: 'own-yraise', from: Y.rungs.length - 1, to: Y.rungs.length - 2, at: day(3), why: 'hard' }]);
  });

  it('is set by hand to any rung of the ladder, and not moved by choosing the top it reads as', () => {
    expect(setLevel(past, 'own-yraise', Y.rungs.length - 1, day(2), ladders)).toBe(past);
    expect(levelOf(setLevel(past, 'own-yraise', 0, day(2), ladders), 'own-yraise', ladders).rung).toBe(0);
  });
});

describe('a dose changed', () => {
  const T0 = Date.UTC(2026, 2, 2, 9);
  const moved = { drills: { [yRaise.id]: { rung: 3, streak: { rating: 'easy' as const, count: 1 as const }, last: { from: 2, to: 3, at: T0, why: 'easy' as const } } }, log: [{ drillId: yRaise.id, from: 2, to: 3, at: T0, why: 'easy' as const }] };
  const stronger = { ...yRaise, dose: { ...yRaise.dose, reps: 15, sets: 5 } };
  const NEW = ownLadder(stronger.dose);

  it('in the form: the level starts again at the new dose written, a move by hand', async () => {
    await saveOwnDrill(yRaise, T0);
    await fakeBrowser.storage.local.set({ levels: moved });
    await saveOwnDrill(stronger, T0 + 5000);
    const after = await levels();
    expect(after.drills[ID]).toEqual({ rung: NEW.start, streak: null, last: { from: 3, to: NEW.start, at: T0 + 5000, why: 'manual' } });
    expect(after.log).toEqual([...moved.log, { drillId: yRaise.id, from: 3, to: NEW.start, at: T0 + 5000, why: 'manual' }]);
    expect(readLevels(after, laddersOf(drillWorld([stronger]))).unknown).toBe(0);
  });

  it('in the form: words edited, or levels switched off and on, leave the level alone', async () => {
    await saveOwnDrill(yRaise, T0);
    await fakeBrowser.storage.local.set({ levels: moved });
    await saveOwnDrill({ ...yRaise, name: 'Y raise on the floor' }, T0 + 1);
    await saveOwnDrill({ ...yRaise, levels: false }, T0 + 2);
    await saveOwnDrill(yRaise, T0 + 3);
    expect(await levels()).toEqual(moved);
  });

  it('by a program replacing the drill: its level starts again too; one replaced with the same dose keeps it', async () => {
    await saveOwnDrill(yRaise, T0);
    await saveOwnDrill({ ...yRaise, id: 'own-same', name: 'Same dose' }, T0 + 1);
    await fakeBrowser.storage.local.set({ levels: { drills: { ...moved.drills, 'own-same': moved.drills[yRaise.id] }, log: moved.log } });
    const read = parseProgram(buildProgram([stronger, { ...yRaise, id: 'own-same', name: 'Same dose', purpose: 'Revised' }]));
    if (!read.ok) throw new Error('refused');
    expect(await importProgram(read, 'replace', T0 + 9000)).toMatchObject({ ok: true, written: 2 });
    const after = await levels();
    expect(after.drills[ID]).toMatchObject({ rung: NEW.start, last: { from: 3, to: NEW.start, why: 'manual' } });
    expect(after.drills['own-same']).toEqual(moved.drills[yRaise.id]);
  });
});

describe('reading no level', () => {
  it('an own drill never moved stays unmoved when its dose changes', async () => {
    await saveOwnDrill(yRaise, 1000);
    await saveOwnDrill({ ...yRaise, dose: { ...yRaise.dose, reps: 15 } }, 2000);
    expect(await levels()).toEqual(NO_LEVELS);
  });
});
