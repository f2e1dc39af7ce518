// Property tests run their full counts in `npm test`. Under mutation testing every mutant reruns
// them, instrumented, so vitest.stryker.config.ts sets MUTATION_RUNS_DIVISOR and they run a share:
// a fault a property test can find shows in its first few dozen cases nearly always.
export function runs(full: number): number {
  const divisor = Number(process.env.MUTATION_RUNS_DIVISOR ?? 1);
  return divisor > 1 ? Math.max(10, Math.ceil(full / divisor)) : full;
}
