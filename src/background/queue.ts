// Handlers read state, decide, and write it back. Two events arriving together (an alarm and a
// click on Done) would otherwise interleave and one write would undo the other, so every handler
// runs to completion before the next starts. The queue holds only work in flight, never state.

let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const result = tail.then(work);
  tail = result.catch(() => undefined);
  return result;
}

/** Runs `work` in turn and reports a failure in the console instead of losing it. */
export function handle(scope: string, work: () => Promise<unknown>): Promise<void> {
  return exclusive(work).then(
    () => undefined,
    (error: unknown) => console.error(`Desk Reset: ${scope} failed.`, error),
  );
}
