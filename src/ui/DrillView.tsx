import { useEffect, useRef } from 'preact/hooks';
import type { Drill } from '../core/drill';
import { breakDose, describeDose, describeTempo, setCount } from '../core/drill';
import { GuidedTimer } from './GuidedTimer';
import { DrillIllustration, illustrationFor } from './illustration';
import { useGuidedTimer } from './useGuidedTimer';

interface Props {
  drill: Drill;
  capSeconds: number;
  sound: boolean;
  /** Why this gentle drill stands in, when nothing in the rotation fits. */
  fallback: string | null;
  /** Snooze lengths on offer; empty once the snooze cap is reached, or outside a break. */
  snoozeOptions: readonly number[];
  /** Seconds spent: the timer's, or the time this view was open when the timer was not used. */
  onDone: (seconds: number) => void;
  onSkip: (seconds: number) => void;
  /** Absent outside a break (routines, previews), where there is nothing to swap with. */
  onSwap?: (() => void) | undefined;
  onSnooze: (minutes: number) => void;
  onClose: () => void;
  eyebrow?: string;
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function DrillView(props: Props) {
  const { drill, capSeconds, sound, fallback, snoozeOptions, onSwap, onSnooze } = props;
  const dose = breakDose(drill.dose, capSeconds);
  const timer = useGuidedTimer(dose);
  const openedAt = useRef(Date.now());
  const spent = () => (timer.started ? timer.elapsedSeconds : Math.min(600, Math.round((Date.now() - openedAt.current) / 1000)));
  const illustration = illustrationFor(drill.id);
  const partial = setCount(dose) < setCount(drill.dose);

  // Space, Enter, S, N and Esc work anywhere in the view; Enter on a focused button stays that button's.
  const keys = useRef(props);
  keys.current = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || (target && TYPING.has(target.tagName))) return;
      const p = keys.current;
      const key = e.key.toLowerCase();
      if (key === ' ') timer.toggle();
      else if (key === 'enter' && target?.tagName !== 'BUTTON') p.onDone(spent());
      else if (key === 's' && p.snoozeOptions[0] !== undefined) p.onSnooze(p.snoozeOptions[0]);
      else if (key === 'n' && p.onSwap) p.onSwap();
      else if (key === 'escape') p.onClose();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <article class="drill" aria-labelledby="drill-name">
      <p class="eyebrow">{props.eyebrow ?? 'Desk reset'}</p>
      <h1 id="drill-name">{drill.name}</h1>
      {fallback ? <p class="notice">{fallback}</p> : null}
      <div class="stage">
        {illustration ? <DrillIllustration illustration={illustration} label={`${drill.name}: the movement, drawn`} size={132} /> : null}
        <GuidedTimer timer={timer} sound={sound} />
      </div>
      <p class="dose" data-testid="dose">
        <strong>{describeDose(dose)}</strong>
        {dose.kind === 'reps' && dose.tempo ? <span class="tempo"> · {describeTempo(dose.tempo)}</span> : null}
        {partial ? <span class="muted"> · the full routine is {describeDose(drill.dose)}</span> : null}
      </p>
      <p class="purpose">{drill.purpose}</p>
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
        <button type="button" class="primary" onClick={() => props.onDone(spent())} aria-keyshortcuts="Enter">
          Done
        </button>
        <button type="button" onClick={() => props.onSkip(spent())}>
          Skip
        </button>
        {onSwap ? (
          <button type="button" onClick={onSwap} aria-keyshortcuts="N">
            Swap
          </button>
        ) : null}
        {snoozeOptions.map((minutes, i) => (
          <button type="button" key={minutes} onClick={() => onSnooze(minutes)} aria-keyshortcuts={i === 0 ? 'S' : undefined}>
            Snooze {minutes} min
          </button>
        ))}
      </div>
      <p class="keys muted">
        Space timer · Enter done{snoozeOptions.length ? ' · S snooze' : ''}{onSwap ? ' · N swap' : ''} · Esc close
      </p>
    </article>
  );
}
