import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n';
import { orgId } from '../../src/core/own-world';
import { policyDrillsProblems, readPolicyDrills } from '../../src/core/policy-drills';
import { buildProgram } from '../../src/core/program';
import { at } from '../../src/core/transfer-strict';
import { english } from '../english';
import { doorway, program, wallAngels } from './policy-program';

// Issue 24 item 5: a program an organisation pushes by policy, in the shape of a program file.

describe('the organisation’s program, read from the policy', () => {
  it('no drills in the policy, or no policy, is no program and no problem', () => {
    for (const policy of [undefined, {}, { intervalMinutes: 60 }, 'drills', [program(wallAngels)]]) {
      expect(readPolicyDrills(policy), JSON.stringify(policy)).toEqual({ drills: [], refused: [], left: [], catalog: false });
    }
  });

  it('takes the drills as written, each with an id made from its name', () => {
    const { drills, refused, left } = readPolicyDrills({ drills: program(wallAngels, doorway) });
    expect(drills).toEqual([
      { ...wallAngels, id: orgId('Wall angels') },
      { ...doorway, id: orgId('Doorway stretch') },
    ]);
    expect(drills.map((d) => d.id)).toEqual([expect.stringMatching(/^org-[a-z0-9]+$/), expect.stringMatching(/^org-[a-z0-9]+$/)]);
    expect([refused, left]).toEqual([[], []]);
  });

  it('takes the program given as its JSON text (a policy editor without nested values), and a program file as exported', () => {
    const asText = readPolicyDrills({ drills: JSON.stringify(program(wallAngels, doorway)) });
    expect(asText).toEqual(readPolicyDrills({ drills: program(wallAngels, doorway) }));
    const exported = buildProgram([{ ...wallAngels, id: 'own-a' }, { ...doorway, id: 'own-b' }]);
    expect(readPolicyDrills({ drills: JSON.parse(exported) }).drills.map((d) => d.name)).toEqual(['Wall angels', 'Doorway stretch']);
  });

  it('a later policy that changes a drill’s words or dose keeps its id; a new name is a new drill', () => {
    const before = readPolicyDrills({ drills: program(wallAngels) }).drills[0]!;
    const revised = readPolicyDrills({ drills: program({ ...wallAngels, purpose: 'Revised', dose: { kind: 'reps', reps: 12, sets: 3, perSide: false } }) }).drills[0]!;
    expect(revised.id).toBe(before.id);
    expect(revised.dose).toEqual({ kind: 'reps', reps: 12, sets: 3, perSide: false });
    expect(readPolicyDrills({ drills: program({ ...wallAngels, name: '  WALL angels ' }) }).drills[0]!.id).toBe(before.id);
    expect(readPolicyDrills({ drills: program({ ...wallAngels, name: 'Wall angels, slow' }) }).drills[0]!.id).not.toBe(before.id);
  });

  it('a program with anything wrong is left out whole, each fault named where it is', () => {
    const bad = program(wallAngels, { ...doorway, name: '', steps: Array(9).fill('Breathe.') });
    expect(readPolicyDrills({ drills: bad })).toEqual({
      drills: [],
      refused: [at('drills[1].name', msg('err_text_empty')), at('drills[1].steps', msg('err_count', 1, 8, msg('word_steps')))],
      left: [],
      catalog: false,
    });
    expect(readPolicyDrills({ drills: { drills: [wallAngels] } }).refused).toEqual([msg('program_not_ours')]);
    expect(readPolicyDrills({ drills: '{"format":' }).refused).toEqual([msg('program_not_json')]);
    expect(readPolicyDrills({ drills: 42 }).refused).toEqual([msg('program_not_ours')]);
  });

  it('two drills whose names give one id (any case, any spacing): the first applies, the later one is left out and named', () => {
    const { drills, refused, left } = readPolicyDrills({ drills: program(wallAngels, doorway, { ...wallAngels, name: 'WALL   ANGELS', purpose: 'A copy' }) });
    expect(drills.map((d) => d.purpose)).toEqual(['Shoulder blades back and down', 'Open the chest']);
    expect(refused).toEqual([]);
    expect(left).toEqual([at('drills[2].name', msg('policy_same_name', 'WALL   ANGELS'))]);
  });
});

describe('what is wrong with the program, for the console', () => {
  it('in English, naming the path of each fault inside the policy’s drills', () => {
    const bad = readPolicyDrills({ drills: program({ ...wallAngels, dose: { kind: 'reps', reps: 80, sets: 1, perSide: false } }, doorway, { ...doorway, name: 'doorway STRETCH' }) });
    expect(policyDrillsProblems(bad, english)).toEqual(['drills (none of the program’s drills apply): drills[0].dose: reps: Choose a value from 1 to 50.']);
    const twice = readPolicyDrills({ drills: program(wallAngels, doorway, { ...doorway, name: 'doorway STRETCH' }) });
    expect(policyDrillsProblems(twice, english)).toEqual(['drills: drills[2].name: “doorway STRETCH” is already the name of an earlier drill in the program (drills are told apart by name), so this one is left out.']);
  });

  it('every fault of a refused program, in one problem', () => {
    const bad = readPolicyDrills({ drills: program({ ...doorway, name: '' }, { ...doorway, steps: [] }) });
    expect(policyDrillsProblems(bad, english)).toEqual(['drills (none of the program’s drills apply): drills[0].name: Write something here. drills[1].steps: Give 1 to 8 steps.']);
  });

  it('without the English messages, each message is named by its key and arguments', () => {
    const bad = readPolicyDrills({ drills: program({ ...doorway, name: '' }) });
    expect(policyDrillsProblems(bad, () => '')).toEqual(['drills (none of the program’s drills apply): import_at(drills[0].name, err_text_empty)']);
  });

  it('nothing wrong, nothing said', () => {
    expect(policyDrillsProblems(readPolicyDrills({ drills: program(wallAngels) }), english)).toEqual([]);
    expect(policyDrillsProblems(readPolicyDrills({}), english)).toEqual([]);
  });
});
