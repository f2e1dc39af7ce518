import { OWN_LIMITS } from './own-drill';

// A drill's name made from another's, a copy's or a second drill's of the same name: the name
// shortened, where the whole would be too long, so it is still one a drill may have (checkOwnDrill).

/**
 * `around(base)` for the longest start of `name` whose whole fits OWN_LIMITS.name, counted in
 * characters as the check counts them; `name` cut to the limit where even one character would not.
 */
export function fittedName(name: string, around: (base: string) => string): string {
  const chars = [...name];
  for (let keep = chars.length; keep > 0; keep--) {
    // A name cut short does not end in the space the cut left.
    const candidate = around(keep === chars.length ? name : chars.slice(0, keep).join('').trimEnd());
    if ([...candidate].length <= OWN_LIMITS.name) return candidate;
  }
  return chars.slice(0, OWN_LIMITS.name).join('');
}
