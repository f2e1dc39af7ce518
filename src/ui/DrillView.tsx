import { useEffect, useRef } from 'preact/hooks';
import type { Drill } from '../core/drill';
import { breakDose, drillText, restSeconds, setCount } from '../core/drill';
import { describeDose, describeTempo } from '../core/dose-text';
import { t, tm } from '../platform/i18n';
import { DrillPicture } from './DrillPicture';
import { GuidedTimer } from './GuidedTimer';
import type { Illustration } from './illustration/pose';
import { lazy } from './lazy';
import { markContentReady } from './ready';

const usePoses = lazy(() => import('./illustration/poses').then((m) => m.POSES as Record<string, Illustration>));
/** Starts loading the drawings, for a page that knows a drill is coming. */
export const preloadDrawings = usePoses.load;
import { useGuidedTimer } from './useGuidedTimer';

interface Props {
  drill: Drill;
  /** A break's cap on the drill's length; null runs the whole dose, as a routine does. */
  capSeconds: number | null;
  /** A line of advice for this occasion, e.g. how a beginner builds up to a routine's dose. */
  note?: string | undefined;
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
  /** The small heading above the name. */
  eyebrow?: string | undefined;
  /** Where the user is on the drill's ladder, and what changed since they last did it. */
  level?: { label: string; note: string | undefined } | undefined;
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const CONTROLS = new Set(['BUTTON', 'A', 'SUMMARY']);

export function DrillView(props: Props) {
  const { drill, capSeconds, sound, fallback, snoozeOptions, onSwap, onSnooze } = props;
  const dose = capSeconds === null ? drill.dose : breakDose(drill.dose, capSeconds);
  const timer = useGuidedTimer(dose);
  const openedAt = useRef(Date.now());
  const spent = () => (timer.started ? timer.elapsedSeconds : Math.min(600, Math.round((Date.now() - openedAt.current) / 1000)));
  const poses = usePoses(true);
  const partial = setCount(dose) < setCount(drill.dose);
  const text = drillText(drill, t);

  // Space, Enter, S, N and Esc work anywhere in the view; Space and Enter on a focused control stay
  // that control's, so a keyboard user who tabs to Skip and presses Space gets Skip.
  const keys = useRef(props);
  keys.current = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || (target && TYPING.has(target.tagName))) return;
      const p = keys.current;
      const key = e.key.toLowerCase();
      const onControl = target !== null && CONTROLS.has(target.tagName);
      if ((key === ' ' || key === 'enter') && onControl) return;
      if (key === ' ') timer.toggle();
      else if (key === 'enter') p.onDone(spent());
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
      <p class="eyebrow">{props.eyebrow ?? t('eyebrow_break')}</p>
      <h1 id="drill-name" ref={markContentReady}>{text.name}</h1>
      {drill.own ? (
        <p class="own-mark muted" data-testid="own-mark">
          {t(drill.own.source === 'org' ? 'ownb_mark_org' : 'ownb_mark_own')}
        </p>
      ) : null}
      {fallback ? <p class="notice">{fallback}</p> : null}
      {props.note ? <p class="note" data-testid="step-note">{props.note}</p> : null}
      <div class="stage">
        <DrillPicture drill={drill} name={text.name} poses={poses} />
        <GuidedTimer timer={timer} sound={sound} />
      </div>
      <p class="dose" data-testid="dose">
        <strong>{tm(describeDose(dose))}</strong>
        {dose.kind === 'reps' && dose.tempo ? <span class="tempo"> · {describeTempo(dose.tempo).map(tm).join(' · ')}</span> : null}
        {/* A rest the prescription names is said; the timer's own short pause goes without saying. */}
        {dose.rest !== undefined && setCount(dose) > 1 ? (
          <span class="muted"> · {t(dose.kind === 'hold' ? 'ownb_rest_holds' : 'ownb_rest_sets', [String(restSeconds(dose))])}</span>
        ) : null}
        {partial ? <span class="muted"> · {t('full_routine', [tm(describeDose(drill.dose))])}</span> : null}
      </p>
      {props.level ? (
        <p class="level" data-testid="level">
          <span class="muted">{props.level.label}</span>
          {props.level.note ? <span data-testid="level-note"> · {props.level.note}</span> : null}
        </p>
      ) : null}
      <p class="purpose">{text.purpose}</p>
      <ol class="steps">
        {/* By place: the user's own steps may repeat a line. */}
        {text.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {/* An own drill's cue and mistake are optional. */}
      {text.cue ? (
        <p class="note">
          <strong>{t('cue_label')}</strong> {text.cue}
        </p>
      ) : null}
      {text.mistake ? (
        <p class="note">
          <strong>{t('mistake_label')}</strong> {text.mistake}
        </p>
      ) : null}
      <p class="keys muted">
        {['keys_timer', 'keys_done', ...(snoozeOptions.length ? ['keys_snooze'] : []), ...(onSwap ? ['keys_swap'] : []), 'keys_close'].map((k) => t(k)).join(' · ')}
      </p>
      {/* Last in the page but pinned to the bottom of the popup: the way out is always in view. */}
      <div class="actions bar" data-testid="actions">
        <button type="button" class="primary" onClick={() => props.onDone(spent())} aria-keyshortcuts="Enter">
          {t('done')}
        </button>
        <button type="button" onClick={() => props.onSkip(spent())}>
          {t('skip')}
        </button>
        {onSwap ? (
          <button type="button" onClick={onSwap} aria-keyshortcuts="N">
            {t('swap')}
          </button>
        ) : null}
        {snoozeOptions.map((minutes, i) => (
          <button type="button" class="snooze" key={minutes} onClick={() => onSnooze(minutes)} aria-keyshortcuts={i === 0 ? 'S' : undefined}>
            {t('snooze_n', [String(minutes)])}
          </button>
        ))}
      </div>
    </article>
  );
}
