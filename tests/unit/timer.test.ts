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

describe('timer plan and position edges', () => {
  it('marks work and rest, and rounds of sets apart from rounds of holds', () => {
    const plan = timerPlan({ kind: 'reps', reps: 1, sets: 2, perSide: true });
    expect(plan.map((s) => `${s.kind}:${s.cue}:${s.round}`)).toEqual([
      'work:rep:set',
      'rest:switch sides:set',
      'work:rep:set',
      'rest:rest:set',
      'work:rep:set',
      'rest:switch sides:set',
      'work:rep:set',
    ]);
    expect(new Set(timerPlan(stretch).map((s) => s.round))).toEqual(new Set(['hold']));
  });

  it('progress runs from 0 to 1 across the whole plan; past the end it rests on the last segment', () => {
    const plan = timerPlan(rows); // 2 reps × 8 s
    expect(locate(plan, 4).progress).toBe(0.25);
    expect(locate(plan, 12).progress).toBe(0.75);
    expect(locate(plan, 16)).toEqual({ index: plan.length - 1, segment: plan.at(-1), remaining: 0, progress: 1, finished: true });
  });

  it('announces a plain rep, with and without a side, and a hold without one', () => {
    const rep = timerPlan({ kind: 'reps', reps: 3, sets: 1, perSide: false })[1]!;
    expect(render(announce(rep), english)).toBe(render({ key: 'ann_rep', args: [2, 3] }, english));
    expect(render(announce(rep), english)).not.toBe('');
    const sided = timerPlan({ kind: 'reps', reps: 3, sets: 1, perSide: true })[0]!;
    expect(render(announce(sided), english)).toBe(render({ key: 'ann_rep_side', args: [1, 3, { key: 'side_left', args: [] }] }, english));
    expect(render(announce(sided), english)).not.toBe(render(announce(rep), english));
    const hold = timerPlan({ kind: 'hold', seconds: 20, reps: 1, perSide: false })[0]!;
    expect(render(announce(hold), english)).toBe(render({ key: 'ann_hold', args: [20] }, english));
    expect(render(announce(hold), english)).toContain('20');
    const sidedTempo = timerPlan({ ...rows, perSide: true })[0]!;
    expect(render(announce(sidedTempo), english)).toBe(
      render({ key: 'ann_rep_side_phase', args: [1, 2, { key: 'side_left', args: [] }, { key: 'phase_pull', args: [] }] }, english),
    );
    expect(render(announce(sidedTempo), english)).toContain('1');
  });
});
