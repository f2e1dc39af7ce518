import { useEffect, useState } from 'preact/hooks';
import { phaseKey } from '../core/dose-text';
import { announce, type Segment } from '../core/timer';
import { t, tm } from '../platform/i18n';
import { beep } from './sound';
import type { GuidedTimer as Timer } from './useGuidedTimer';

const RADIUS = 44;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function counters(s: Segment): string {
  const parts = [];
  if (s.sets > 1) parts.push(t(s.round === 'hold' ? 'timer_hold_of' : 'timer_set_of', [String(s.set), String(s.sets)]));
  if (s.reps > 1) parts.push(t('timer_rep_of', [String(s.rep), String(s.reps)]));
  if (s.side) parts.push(t(s.side === 'left' ? 'timer_left_side' : 'timer_right_side'));
  return parts.join(' · ');
}

interface Props {
  timer: Timer;
  sound: boolean;
}

/** The big countdown, a progress ring, the phase in words, and what a screen reader hears. */
export function GuidedTimer({ timer, sound }: Props) {
  const { position, running, started } = timer;
  const { segment, index, finished } = position;
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    if (!running) return;
    setSpoken(tm(announce(segment)));
    if (sound) beep(segment.kind === 'work');
  }, [index, running]);
  useEffect(() => {
    if (finished && started) setSpoken(t('timer_finished'));
  }, [finished]);

  const label = t(phaseKey(finished && started ? 'done' : segment.cue));
  const percent = Math.round(position.progress * 100);
  return (
    <div class="timer" data-testid="timer">
      <div class="dial" role="progressbar" aria-label={t('timer_ring')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
        aria-valuetext={t('timer_progress', [String(percent), label])}>
        <svg viewBox="0 0 100 100" width="96" height="96" aria-hidden="true">
          <circle class="track" cx="50" cy="50" r={RADIUS} />
          <circle class="fill" cx="50" cy="50" r={RADIUS} transform="rotate(-90 50 50)"
            stroke-dasharray={CIRCUMFERENCE} stroke-dashoffset={CIRCUMFERENCE * (1 - position.progress)} />
        </svg>
        <span class="count" data-testid="countdown">{finished && started ? '✓' : position.remaining || segment.seconds}</span>
      </div>
      <div class="readout">
        <p class="cue" data-testid="cue">{label}</p>
        <p class="counters">{counters(segment)}</p>
        <button type="button" onClick={timer.toggle} aria-keyshortcuts="Space">
          {t(running ? 'timer_pause' : finished && started ? 'timer_again' : started ? 'timer_resume' : 'timer_start')}
        </button>
      </div>
      <p class="sr-only" aria-live="polite" data-testid="announcer">{spoken}</p>
    </div>
  );
}
