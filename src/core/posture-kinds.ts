// The posture resets: a few seconds between the drills, one at a time. The rotating ones come from
// the reference articles (posture tweaks, chin tucks, breathing, the chair extension); with a
// standing desk the resets are the sit-stand rhythm's two prompts instead.

/** Taken in turn, the one after the last shown; each a few seconds, at the desk. */
export const ROTATING_POSTURES = ['chin-tucks', 'shoulders-down', 'stand-look-far', 'belly-breaths', 'chest-open', 'chair-extension'] as const;
/** The sit-stand rhythm's prompts, alternating. */
export const SIT_STAND_POSTURES = ['stand-up', 'sit-down'] as const;
export const POSTURE_KINDS = [...ROTATING_POSTURES, ...SIT_STAND_POSTURES] as const;
export type PostureKind = (typeof POSTURE_KINDS)[number];

export function isPostureKind(x: unknown): x is PostureKind {
  // Stryker disable next-line ConditionalExpression: includes finds no kind in a value that is no string, so the typeof (for TypeScript) changes nothing.
  return typeof x === 'string' && (POSTURE_KINDS as readonly string[]).includes(x);
}

/**
 * The reset after `last`: the next of the rotating set (the first after a sit-stand prompt or
 * none), or in the sit-stand rhythm the other prompt (standing up first).
 */
export function nextPostureKind(last: PostureKind | null, sitStand: boolean): PostureKind {
  if (sitStand) return last === 'stand-up' ? 'sit-down' : 'stand-up';
  // Stryker disable next-line StringLiteral: with no last reset, any string that is no kind gives -1, the first of the set next.
  const i = (ROTATING_POSTURES as readonly string[]).indexOf(last ?? '');
  return ROTATING_POSTURES[(i + 1) % ROTATING_POSTURES.length]!;
}
