// Handlers read state, decide, and write it back. Two events arriving together (an alarm and a
// click on Done) would otherwise interleave and one write would undo the other, so every handler
// runs to completion before the next starts. A Web Lock queues them in arrival order and holds
// only work in flight, never state; anything in the worker can wait for the queue to drain by
// asking for the same lock.

// Stryker disable next-line StringLiteral: any name distinct from the settings lock serves, as every user reads this constant.
export const WORKER_LOCK = 'desk-reset-worker';

/** Runs `work` in turn and reports a failure in the console instead of losing it. */
export function handle(scope: string, work: () => Promise<unknown>): Promise<void> {
  return navigator.locks.request(WORKER_LOCK, work).then(
    () => undefined,
    (error: unknown) => console.error(`Desk Reset: ${scope} failed.`, error),
  );
}
