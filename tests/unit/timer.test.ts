import { describe, expect, it } from 'vitest';
import { render } from '../../src/core/i18n';
import { english } from '../english';
import { CATALOG } from '../../src/core/catalog';
import { breakDose, fullDurationSeconds, type Dose } from '../../src/core/drill';
import { announce, locate, planSeconds, timerPlan } from '../../src/core/timer';

const rows: Dose = { kind: 'reps', reps: 2, sets: 1, perSide: false, tempo: [{ phase: 'pull', seconds: 2 }, { phase: 'squeeze', seconds: 2 }, { phase: 'release', seconds: 4 }] };
const stretch: Dose = { kind: 'hold', seconds: 30, reps: 2, perSide: true };

describe('timer plan', () => {
  it.each(CATALOG.map((d) => [d.id, d.dose] as const))('%s: the plan takes exactly the derived duration', (_id, dose) => {
    const brk = breakDose(dose, 120);
    expect(planSeconds(timerPlan(brk))).toBe(fullDurationSeconds(brk));
    expect(planSeconds(timerPlan(dose))).toBe(fullDurationSeconds(dose));
  });

  it('follows the tempo phase by phase', () => {
    expect(timerPlan(rows).map((s) => `${s.rep}:${s.cue}:${s.seconds}`)).toEqual(['1:pull:2', '1:squeeze:2', '1:release:4', '2:pull:2', '2:squeeze:2', '2:release:4']);
  });

  it('holds each side, switches sides, and rests between holds', () => {
    expect(timerPlan(stretch).map((s) => `${s.set}:${s.side}:${s.cue}`)).toEqual([
      '1:left:hold', '1:right:switch sides', '1:right:hold', '2:left:rest', '2:left:hold', '2:right:switch sides', '2:right:hold',
    ]);
  });

  it('untimed repetitions get a steady three seconds each', () => {
    const plan = timerPlan({ kind: 'reps', reps: 3, sets: 1, perSide: false });
    expect(plan.map((s) => [s.cue, s.seconds])).toEqual([['rep', 3], ['rep', 3], ['rep', 3]]);
  });

  it('locates the current segment, the seconds left and the overall progress', () => {
    const plan = timerPlan(rows);
    expect(locate(plan, 0)).toMatchObject({ index: 0, remaining: 2, progress: 0, finished: false });
    expect(locate(plan, 2.5)).toMatchObject({ index: 1, remaining: 2 });
    expect(locate(plan, 8)).toMatchObject({ index: 3, segment: { rep: 2, cue: 'pull' } });
    expect(locate(plan, 16)).toMatchObject({ finished: true, progress: 1, remaining: 0 });
  });

  it('says each phase in words for screen readers', () => {
    const [pull] = timerPlan(rows);
    expect(render(announce(pull!), english)).toBe('Rep 1 of 2: pull.');
    const plan = timerPlan(stretch);
    expect(plan.map((s) => render(announce(s), english)).slice(0, 4)).toEqual(['Hold for 30 seconds, left side.', 'Switch to the right side.', 'Hold for 30 seconds, right side.', 'Rest. Hold 2 of 2 is next.']);
    const rest = timerPlan({ ...rows, sets: 2 }).find((seg) => seg.cue === 'rest')!;
    expect(render(announce(rest), english)).toBe('Rest. Set 2 of 2 is next.');
  });
});
