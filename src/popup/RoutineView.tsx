import { useState } from 'preact/hooks';
import { routinePlan, ROUTINES, type RoutineKind } from '../core/routines';
import type { Settings } from '../core/settings';
import { DrillView } from '../ui/DrillView';

/** A short sequence of drills at full dose, one after another. Not a break: nothing is recorded. */
export function RoutineView({ kind, settings }: { kind: RoutineKind; settings: Settings }) {
  const plan = routinePlan(kind, settings);
  const [step, setStep] = useState(0);
  const current = plan[step];
  const title = ROUTINES[kind].title;
  if (!current) {
    return (
      <section class="routine-done" aria-labelledby="routine-title">
        <p class="eyebrow">{title}</p>
        <h1 id="routine-title">{plan.length ? 'Routine complete' : 'Nothing to do'}</h1>
        <p>{plan.length ? 'That is it for now. Nicely done.' : 'None of the routine’s drills fits your equipment and space.'}</p>
        <button type="button" class="primary" onClick={() => window.close()}>Close</button>
      </section>
    );
  }
  const next = () => setStep(step + 1);
  return (
    <DrillView
      key={step}
      eyebrow={`${title} · ${step + 1} of ${plan.length}`}
      drill={{ ...current.drill, dose: current.dose }}
      capSeconds={3600}
      sound={settings.soundCues}
      fallback={null}
      snoozeOptions={[]}
      onDone={next}
      onSkip={next}
      onSnooze={() => undefined}
      onClose={() => window.close()}
    />
  );
}
