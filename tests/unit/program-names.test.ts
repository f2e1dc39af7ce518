import { describe, expect, it } from 'vitest';
import { checkOwnDrill, OWN_LIMITS } from '../../src/core/own-drill';
import { nameKey } from '../../src/core/own-world';
import { mergeProgram } from '../../src/core/program';
import { withoutId, yRaise } from './program-samples';

// Issue 24, review: a program's drill kept beside one of the user's of the same name gets a
// numbered name that is still a name a drill may have, and never one another drill has.

const ids = () => {
  let n = 0;
  return () => `own-n${++n}`;
};
const named = (name: string) => ({ ...yRaise, id: `own-${name.length}x`, name });

describe('keep both', () => {
  it('shortens a long name so the numbered one fits the limit, and the drill is read back', () => {
    const long = 'Prone Y raise with a long description of the arms and shoulder'.slice(0, OWN_LIMITS.name);
    expect([...long]).toHaveLength(OWN_LIMITS.name);
    const out = mergeProgram([named(long)], [withoutId(named(long))], 'both', ids());
    const copy = out[1]!;
    expect([...copy.name].length).toBeLessThanOrEqual(OWN_LIMITS.name);
    expect(copy.name.endsWith(' (2)')).toBe(true);
    expect(long.startsWith(copy.name.slice(0, -' (2)'.length))).toBe(true);
    expect(checkOwnDrill(copy.id, copy).ok).toBe(true);
  });

  it('counts on past every name the import itself adds: ["A (2)", "A"] over "A" gives "A", "A (2)", "A (3)"', () => {
    const out = mergeProgram([named('A')], [withoutId(named('A (2)')), withoutId(named('A'))], 'both', ids());
    expect(out.map((d) => d.name)).toEqual(['A', 'A (2)', 'A (3)']);
    expect(new Set(out.map((d) => nameKey(d.name))).size).toBe(3);
  });

  it('a long name numbered twice gets two names, both within the limit', () => {
    const long = 'x'.repeat(OWN_LIMITS.name);
    const out = mergeProgram([named(long)], [withoutId(named(long)), withoutId(named(long))], 'both', ids());
    expect(out.map((d) => d.name)).toEqual([long, `${'x'.repeat(OWN_LIMITS.name - 4)} (2)`, `${'x'.repeat(OWN_LIMITS.name - 4)} (3)`]);
  });
});
