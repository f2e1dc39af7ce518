import { describe, expect, it } from 'vitest';
import { policyDrillsProblems, readPolicyDrills } from '../../src/core/policy-drills';
import { english } from '../english';
import { doorway, program, wallAngels } from './policy-program';

// Issue 24, review: a program file may pick built-in drills at their levels (`catalog`); a policy
// does not apply them, and says so to the administrator rather than leaving them out in silence.

const withCatalog = (...drills: object[]) => ({ ...program(...drills), catalog: [{ id: 'band-rows', level: 1 }] });
const CATALOG_LEFT = 'drills: catalog: built-in drills are not applied from a policy';

describe('built-in drills in a pushed program', () => {
  it('are named for the console; the program’s own drills still apply', () => {
    const read = readPolicyDrills({ drills: withCatalog(wallAngels, doorway) });
    expect(read.drills.map((d) => d.name)).toEqual(['Wall angels', 'Doorway stretch']);
    expect(policyDrillsProblems(read, english)).toEqual([CATALOG_LEFT]);
  });

  it('are named beside a drill left out, and alone in a program of built-in drills only', () => {
    const twice = readPolicyDrills({ drills: withCatalog(wallAngels, { ...wallAngels, name: 'WALL ANGELS' }) });
    expect(policyDrillsProblems(twice, english)).toEqual([expect.stringMatching(/^drills: drills\[1\]\.name: /), CATALOG_LEFT]);
    const only = readPolicyDrills({ drills: JSON.stringify(withCatalog()) });
    expect(only.drills).toEqual([]);
    expect(policyDrillsProblems(only, english)).toEqual([CATALOG_LEFT]);
  });

  it('a program without them says nothing of them', () => {
    expect(policyDrillsProblems(readPolicyDrills({ drills: program(wallAngels) }), english)).toEqual([]);
  });
});
