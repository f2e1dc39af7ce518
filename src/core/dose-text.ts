import { msg, plural, type Msg } from './i18n';
import type { Dose, Tempo } from './drill';

// How a dose is said: for the views only, so the service worker does not carry it.

export function describeDose(dose: Dose): Msg {
  // Holds are counted only when there is more than one ("hold 30 s", "hold 30 s × 3"): what is
  // said, not its grammar, which the language's plural rule chooses for the sets.
  const base =
    dose.kind === 'reps' ? plural('dose_sets', dose.sets, dose.sets, dose.reps) : dose.reps > 1 ? msg('dose_holds', dose.seconds, dose.reps) : msg('dose_hold', dose.seconds);
  return dose.perSide ? msg('dose_each_side', base) : base;
}

/** The message key of a phase word, e.g. "breathe in" → phase_breathe_in. */
export function phaseKey(phase: string): string {
  return `phase_${phase.replace(/ /g, '_')}`;
}

/** One message per phase, e.g. "pull 2 s"; the view joins them. */
export function describeTempo(tempo: Tempo): Msg[] {
  return tempo.map((p) => msg('tempo_part', msg(phaseKey(p.phase)), p.seconds));
}
