// Picks one drill for a break. Pure and deterministic: the same state always gives the same drill.

/**
 * Least recently done first (never-done drills before any done one, in catalog order);
 * the drill just done ranks last, so it only repeats when it is the only one enabled.
 */
export function pickDrill<T extends string>(enabled: readonly T[], recent: readonly string[]): T | undefined {
  const ranked = rankCandidates(enabled, recent);
  return ranked[0];
}

export function rankCandidates<T extends string>(enabled: readonly T[], recent: readonly string[]): T[] {
  const age = (id: T) => {
    const i = recent.indexOf(id);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  // A stable sort keeps catalog order among drills of the same age.
  return [...enabled].sort((a, b) => age(b) - age(a));
}
