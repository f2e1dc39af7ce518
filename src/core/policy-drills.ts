import type { OwnDrill } from './own-drill';
import { orgId } from './own-world';
import { parseProgram } from './program';
import { isPlainObject } from './schema';

// A program an organisation (an employer, a clinic) pushes through browser policy: the `drills`
// field of the managed storage, in the same shape as a program file. Read as strictly as a file
// the user imports; a program with anything wrong is left out whole and named for the console.

export function readPolicyDrills(policy: unknown): { drills: OwnDrill[]; problems: string[] } {
  const raw = isPlainObject(policy) ? policy.drills : undefined;
  if (raw === undefined) return { drills: [], problems: [] };
  // An administrator may give the program as its JSON text (a policy editor without nested objects).
  const result = parseProgram(typeof raw === 'string' ? raw : JSON.stringify(raw));
  if (!result.ok) return { drills: [], problems: [`drills (${result.errors.map((e) => JSON.stringify(e)).join('; ')})`] };
  const seen = new Set<string>();
  const drills: OwnDrill[] = [];
  for (const drill of result.drills) {
    const id = orgId(drill.name);
    if (seen.has(id)) continue;
    seen.add(id);
    drills.push({ ...drill, id });
  }
  return { drills, problems: [] };
}
