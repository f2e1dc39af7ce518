import type { Drill } from '../core/drill';
import { breakDose, describeDose, describeTempo } from '../core/drill';

/** The default cap keeps a break near a minute or two; the full dose is for a longer session. */
export const BREAK_CAP_SECONDS = 120;

interface Props {
  drill: Drill;
  /** Snooze lengths on offer; empty once the snooze cap is reached. */
  snoozeOptions: readonly number[];
  onDone: () => void;
  onSkip: () => void;
  onSnooze: (minutes: number) => void;
}

export function DrillView({ drill, snoozeOptions, onDone, onSkip, onSnooze }: Props) {
  const dose = breakDose(drill.dose, BREAK_CAP_SECONDS);
  return (
    <article class="drill" aria-labelledby="drill-name">
      <p class="eyebrow">Desk reset</p>
      <h1 id="drill-name">{drill.name}</h1>
      <p class="purpose">{drill.purpose}</p>
      <p class="dose" data-testid="dose">
        <strong>{describeDose(dose)}</strong>
        {dose.kind === 'reps' && dose.tempo ? <span class="tempo"> · {describeTempo(dose.tempo)}</span> : null}
      </p>
      <ol class="steps">
        {drill.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="note">
        <strong>Cue:</strong> {drill.cue}
      </p>
      <p class="note">
        <strong>Watch out:</strong> {drill.mistake}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onDone}>
          Done
        </button>
        <button type="button" onClick={onSkip}>
          Skip
        </button>
        {snoozeOptions.map((minutes) => (
          <button type="button" key={minutes} onClick={() => onSnooze(minutes)}>
            Snooze {minutes} min
          </button>
        ))}
      </div>
    </article>
  );
}
