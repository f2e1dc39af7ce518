import type { Ladder } from './catalog/ladders';
import type { Dose } from './drill';

// The ladder of a drill the user wrote, made from the dose they wrote, in the catalog's steps:
// below it about half and three quarters of the repetitions (catalog/ladders.ts' repsBelow), or
// the 10 s and 20 s holds the articles start stretches with; above it one rung, one set or one
// hold more (or longer holds where the count is already at its most). The user starts on the dose
// they wrote: it is what they were prescribed. Rungs that would repeat a dose are left out, so
// every step up is a real one.

/** The most a written dose may ask (own-drill.ts checks the same). */
export const DOSE_MOST = { reps: 50, sets: 5, seconds: 120, holds: 10 } as const;

export function ownLadder(dose: Dose): Ladder {
  const below = dose.kind === 'reps' ? repsBelow(dose) : holdsBelow(dose);
  const above = dose.kind === 'reps' ? repsAbove(dose) : holdAbove(dose);
  const rungs = unique([...below, dose, ...(above ? [above] : [])]);
  const article = rungs.indexOf(dose);
  return { rungs: rungs.map((d) => ({ dose: d })), start: article, article };
}

type Reps = Extract<Dose, { kind: 'reps' }>;
type Hold = Extract<Dose, { kind: 'hold' }>;

function withReps(dose: Reps, reps: number, sets: number): Reps {
  return { ...dose, reps, sets };
}

function repsBelow(dose: Reps): Reps[] {
  return [withReps(dose, Math.max(1, Math.round(dose.reps / 2)), 1), withReps(dose, Math.max(1, Math.round((dose.reps * 3) / 4)), Math.max(1, dose.sets - 1))];
}

function repsAbove(dose: Reps): Reps | null {
  if (dose.sets < DOSE_MOST.sets) return withReps(dose, dose.reps, dose.sets + 1);
  const more = Math.min(DOSE_MOST.reps, Math.round(dose.reps * 1.25));
  return more > dose.reps ? withReps(dose, more, dose.sets) : null;
}

function holdsBelow(dose: Hold): Hold[] {
  return [10, 20].filter((s) => s < dose.seconds).map((seconds) => ({ ...dose, seconds, reps: 1 }));
}

function holdAbove(dose: Hold): Hold | null {
  if (dose.reps < DOSE_MOST.holds) return { ...dose, reps: dose.reps + 1 };
  const longer = Math.min(DOSE_MOST.seconds, Math.round((dose.seconds * 1.5) / 5) * 5);
  return longer > dose.seconds ? { ...dose, seconds: longer } : null;
}

/** Drops a rung equal to the one before it; the written dose itself is always kept. */
function unique(doses: Dose[]): Dose[] {
  const key = (d: Dose) => JSON.stringify(d);
  const out: Dose[] = [];
  for (const d of doses) {
    const last = out[out.length - 1];
    if (last && key(last) === key(d)) out[out.length - 1] = d;
    else out.push(d);
  }
  return out;
}
