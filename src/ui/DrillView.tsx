import type { Drill } from '../core/drill';
import { breakDose, describeDose, describeTempo, setCount } from '../core/drill';
import { DrillIllustration, illustrationFor } from './illustration';

interface Props {
  drill: Drill;
  capSeconds: number;
  /** Why this gentle drill stands in, when nothing in the rotation fits. */
  fallback: string | null;
  /** Snooze lengths on offer; empty once the snooze cap is reached. */
  snoozeOptions: readonly number[];
  onDone: () => void;
  onSkip: () => void;
  onSwap: () => void;
  onSnooze: (minutes: number) => void;
}

export function DrillView({ drill, capSeconds, fallback, snoozeOptions, onDone, onSkip, onSwap, onSnooze }: Props) {
  const dose = breakDose(drill.dose, capSeconds);
  const illustration = illustrationFor(drill.id);
  const partial = setCount(dose) < setCount(drill.dose);
  return (
    <article class="drill" aria-labelledby="drill-name">
      <p class="eyebrow">Desk reset</p>
      <h1 id="drill-name">{drill.name}</h1>
      {fallback ? <p class="notice">{fallback}</p> : null}
      {illustration ? <DrillIllustration illustration={illustration} label={`${drill.name}: the movement, drawn`} size={150} /> : null}
      <p class="purpose">{drill.purpose}</p>
      <p class="dose" data-testid="dose">
        <strong>{describeDose(dose)}</strong>
        {dose.kind === 'reps' && dose.tempo ? <span class="tempo"> · {describeTempo(dose.tempo)}</span> : null}
        {partial ? <span class="muted"> · the full routine is {describeDose(drill.dose)}</span> : null}
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
        <button type="button" onClick={onSwap}>
          Swap
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
