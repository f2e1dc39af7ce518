/** Polls until `probe` returns a truthy value; the last value seen goes into the failure message. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      failure = undefined;
      if (last) return last as NonNullable<T>;
    } catch (error) {
      // A page that is still loading or navigating cannot answer yet: try again.
      failure = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const seen = failure instanceof Error ? `error ${failure.message}` : JSON.stringify(last);
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last saw ${seen}`);
}
