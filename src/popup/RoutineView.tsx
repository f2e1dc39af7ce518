import { useState } from 'preact/hooks';
import { CATALOG } from '../core/catalog';
import type { Drill } from '../core/drill';
import { routineMinutes, routinePlan, ROUTINES, type RoutineKind } from '../core/routines';
import type { Settings } from '../core/settings';
import { DrillView } from '../ui/DrillView';
import { t } from '../platform/i18n';
import { countRoutineStrength } from '../platform/routine-strength';

interface Props {
  kind: RoutineKind;
  settings: Settings;
  /** Every drill there is: the user's own chosen for this routine follow the plan's. The catalog alone by default. */
  world?: readonly Drill[];
}

/**
 * A short sequence of drills at full dose, one after another. Not a break: no break history; only
 * the time of its strength drills is kept, for the weekly dose on the progress page.
 */
export function RoutineView({ kind, settings, world = CATALOG }: Props) {
  const plan = routinePlan(kind, settings, world);
  const [step, setStep] = useState(0);
  const current = plan[step];
  const title = t(ROUTINES[kind].title);
  if (!current) {
    return (
      <section class="routine-done" aria-labelledby="routine-title">
        <p class="eyebrow">{title}</p>
        <h1 id="routine-title">{t(plan.length ? 'routine_complete' : 'routine_nothing')}</h1>
        <p>{t(plan.length ? 'routine_complete_body' : 'routine_nothing_body')}</p>
        <button type="button" class="primary" onClick={() => window.close()}>{t('close')}</button>
      </section>
    );
  }
  const next = () => setStep(step + 1);
  return (
    <>
      <p class="muted routine-length" data-testid="routine-length">{t('routine_length', [String(routineMinutes(plan))])}</p>
      <DrillView
        key={step}
        eyebrow={t('routine_step', [title, String(step + 1), String(plan.length)])}
        drill={{ ...current.drill, dose: current.dose }}
        capSeconds={null}
        sound={settings.soundCues}
        fallback={null}
        snoozeOptions={[]}
        onDone={(seconds) => {
          if (current.drill.category === 'strength') void countRoutineStrength(Date.now(), seconds);
          next();
        }}
        onSkip={next}
        onSnooze={() => undefined}
        onClose={() => window.close()}
        note={current.note ? t(current.note) : undefined}
      />
    </>
  );
}
