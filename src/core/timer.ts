import type { Dose, Phase } from './drill';
import { DEFAULT_REP_SECONDS, REST_SECONDS, restSeconds } from './drill';
import { phaseKey } from './dose-text';
import { msg, type Msg } from './i18n';

// The guided timer's script: every phase of every repetition, side and set, with the rests
// between them. Derived from the dose, so it always takes exactly the dose's duration.

export type Side = 'left' | 'right';

export interface Segment {
  kind: 'work' | 'rest';
  /** What the user does now: a tempo phase, "rep" for an untimed repetition, or the rest's reason. */
  cue: Phase | 'rep' | 'rest' | 'switch sides';
  seconds: number;
  /** A round of a hold dose is one hold ("hold 2 of 5"); of a rep dose, a set. */
  round: 'set' | 'hold';
  set: number;
  sets: number;
  rep: number;
  reps: number;
  side: Side | null;
}

export function timerPlan(dose: Dose): Segment[] {
  const sets = dose.kind === 'reps' ? dose.sets : dose.reps;
  const reps = dose.kind === 'reps' ? dose.reps : 1;
  const sides: (Side | null)[] = dose.perSide ? ['left', 'right'] : [null];
  const phases: { cue: Segment['cue']; seconds: number }[] =
    dose.kind === 'hold' ? [{ cue: 'hold', seconds: dose.seconds }] : dose.tempo ? [...dose.tempo].map((p) => ({ cue: p.phase, seconds: p.seconds })) : [{ cue: 'rep', seconds: DEFAULT_REP_SECONDS }];
  const round = dose.kind === 'hold' ? 'hold' : 'set';
  const plan: Segment[] = [];
  for (let set = 1; set <= sets; set++) {
    if (set > 1) plan.push({ kind: 'rest', cue: 'rest', seconds: restSeconds(dose), round, set, sets, rep: 1, reps, side: sides[0]! });
    sides.forEach((side, i) => {
      if (i > 0) plan.push({ kind: 'rest', cue: 'switch sides', seconds: REST_SECONDS, round, set, sets, rep: 1, reps, side });
      for (let rep = 1; rep <= reps; rep++) {
        for (const p of phases) plan.push({ kind: 'work', cue: p.cue, seconds: p.seconds, round, set, sets, rep, reps, side });
      }
    });
  }
  return plan;
}

export function planSeconds(plan: readonly Segment[]): number {
  return plan.reduce((sum, s) => sum + s.seconds, 0);
}

export interface Position {
  index: number;
  segment: Segment;
  /** Whole seconds left in this segment, for the big countdown. */
  remaining: number;
  /** 0 to 1 across the whole plan, for the progress ring. */
  progress: number;
  finished: boolean;
}

export function locate(plan: readonly Segment[], elapsedSeconds: number): Position {
  const total = planSeconds(plan);
  let start = 0;
  for (let index = 0; index < plan.length; index++) {
    const segment = plan[index]!;
    if (elapsedSeconds < start + segment.seconds) {
      return { index, segment, remaining: Math.ceil(start + segment.seconds - elapsedSeconds), progress: elapsedSeconds / total, finished: false };
    }
    start += segment.seconds;
  }
  return { index: plan.length - 1, segment: plan.at(-1)!, remaining: 0, progress: 1, finished: true };
}

/** The sentence a screen reader hears when a segment begins. */
export function announce(segment: Segment): Msg {
  const side = segment.side ? msg(`side_${segment.side}`) : null;
  // A switch only ever leads into the second side, so it always has one.
  if (segment.cue === 'switch sides') return msg('ann_switch', side!);
  if (segment.cue === 'rest') return msg(segment.round === 'hold' ? 'ann_rest_hold' : 'ann_rest', segment.set, segment.sets);
  if (segment.cue === 'hold') return side ? msg('ann_hold_side', segment.seconds, side) : msg('ann_hold', segment.seconds);
  if (segment.cue === 'rep') return side ? msg('ann_rep_side', segment.rep, segment.reps, side) : msg('ann_rep', segment.rep, segment.reps);
  const phase = msg(phaseKey(segment.cue));
  return side ? msg('ann_rep_side_phase', segment.rep, segment.reps, side, phase) : msg('ann_rep_phase', segment.rep, segment.reps, phase);
}
