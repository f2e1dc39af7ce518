import { beforeEach, onTestFinished } from 'vitest';

// Node re-reads the zone whenever process.env.TZ changes. Assigning `undefined` would store the
// string "undefined", an unknown zone, so an unset zone is restored by deleting the variable.
function restore(previous: string | undefined): void {
  if (previous === undefined) delete process.env.TZ;
  else process.env.TZ = previous;
}

let saved: { zone: string | undefined } | null = null;

/** Puts the running test in `zone`; the zone it had before its first call comes back when it ends, pass or fail. */
export function setTimeZone(zone: string): void {
  if (!saved) {
    saved = { zone: process.env.TZ };
    onTestFinished(() => {
      if (saved) restore(saved.zone);
      saved = null;
    });
  }
  process.env.TZ = zone;
}

/** Every test in the enclosing file or describe runs in `zone`, restored after each. */
export function useTimeZone(zone: string): void {
  beforeEach(() => {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    return () => restore(previous);
  });
}

/** Runs `fn` in `zone` and restores the zone at once: for times a test file computes up front. */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    restore(previous);
  }
}
