import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pickDrill, rankCandidates } from '../../src/core/rotation';

describe('rotation', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('prefers drills never done, in catalog order', () => {
    expect(pickDrill(ids, ['a'])).toBe('b');
    expect(pickDrill(ids, [])).toBe('a');
  });

  it('then the least recently done', () => {
    expect(rankCandidates(ids, ['d', 'c', 'b', 'a'])).toEqual(['a', 'b', 'c', 'd']);
    expect(pickDrill(['a', 'b'], ['b', 'a', 'b'])).toBe('a');
  });

  it('returns nothing when nothing is enabled', () => {
    expect(pickDrill([], ['a'])).toBeUndefined();
  });

  it('never repeats the last drill when another is enabled, and cycles through all of them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2 }), fc.array(fc.constantFrom(...ids), { maxLength: 10 }), (enabled, history) => {
        let recent = history;
        const seen = new Set<string>();
        for (let i = 0; i < enabled.length; i++) {
          const pick = pickDrill(enabled, recent)!;
          expect(enabled).toContain(pick);
          if (recent[0] !== undefined) expect(pick).not.toBe(recent[0]);
          seen.add(pick);
          recent = [pick, ...recent];
        }
        expect(seen.size).toBe(enabled.length);
      }),
    );
  });
});
