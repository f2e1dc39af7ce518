import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Dose } from '../core/drill';
import { locate, planSeconds, timerPlan, type Position } from '../core/timer';

export interface GuidedTimer {
  running: boolean;
  started: boolean;
  position: Position;
  elapsedSeconds: number;
  /** Start, pause or resume; after the end, start again. */
  toggle: () => void;
}

const TICK_MS = 200;

/** Runs the dose's script against the clock; pausing keeps the place. Mount it afresh for another drill. */
export function useGuidedTimer(dose: Dose): GuidedTimer {
  // Keyed on the dose's value: callers derive a fresh dose object on every render.
  const doseKey = JSON.stringify(dose);
  const plan = useMemo(() => timerPlan(dose), [doseKey]);
  const total = planSeconds(plan) * 1000;
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  const base = useRef(0);

  useEffect(() => {
    if (!running) return undefined;
    const startedAt = Date.now() - base.current;
    const id = setInterval(() => {
      const now = Math.min(total, Date.now() - startedAt);
      base.current = now;
      setElapsed(now);
      if (now >= total) setRunning(false);
    }, TICK_MS);
    return () => clearInterval(id);
  }, [running, total]);

  const position = locate(plan, elapsed / 1000);
  const toggle = () => {
    if (!running && position.finished) {
      base.current = 0;
      setElapsed(0);
    }
    setRunning(!running);
  };
  return { running, started: elapsed > 0 || running, position, elapsedSeconds: Math.round(elapsed / 1000), toggle };
}
