import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { msg } from '../../src/core/i18n';
import type { OwnDrill } from '../../src/core/own-drill';
import { buildProgram, clashes, MAX_PROGRAM_DRILLS, mergeProgram, parseProgram, PROGRAM_FORMAT, type ProgramDrill } from '../../src/core/program';
import { at } from '../../src/core/transfer-strict';
import { runs } from './runs';

// Issue 24 item 4, the core of a program file: made once by a physiotherapist, imported by each
// patient; the whole file or nothing, each refusal naming where and what.

const yRaise: OwnDrill = {
  id: 'own-a',
  name: 'Prone Y raise',
  purpose: 'Lower trapezius',
  steps: ['Lie face down, arms in a Y.', 'Lift both arms, thumbs up.', 'Lower slowly.'],
  cue: 'Shoulder blades down',
  mistake: 'Shrugging',
  category: 'strength',
  equipment: ['none'],
  position: 'floor',
  dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'lower', seconds: 3 }] },
  figure: null,
  routines: [],
  levels: true,
  picture: null,
};
const towel: OwnDrill = { ...yRaise, id: 'own-b', name: 'Towel chest stretch', purpose: 'Open the chest', category: 'stretch', equipment: ['none'], position: 'standing', dose: { kind: 'hold', seconds: 30, reps: 2, perSide: false } };
const withoutId = ({ id: _id, ...rest }: OwnDrill): ProgramDrill => rest;
const file = (over: Record<string, unknown>) => JSON.stringify({ format: PROGRAM_FORMAT, version: 1, drills: [withoutId(yRaise)], ...over });

describe('a program file', () => {
  it('round-trips: what is exported is imported, without the ids of the computer it came from', () => {
    const text = buildProgram([yRaise, towel]);
    expect(text).not.toContain('own-a');
    expect(parseProgram(text)).toEqual({ ok: true, drills: [withoutId(yRaise), withoutId(towel)], catalog: [] });
  });

  it.each([
    ['an empty file', '', [msg('import_empty')]],
    ['text that is not JSON', '{"format":', [msg('program_not_json')]],
    ['a settings export', JSON.stringify({ format: 'desk-reset', version: 2 }), [msg('program_not_ours')]],
    ['no version', file({ version: 'one' }), [msg('import_no_version')]],
    ['a newer program version', file({ version: 2 }), [msg('program_newer', 2)]],
    ['no drills', file({ drills: [] }), [at('drills', msg('program_no_drills'))]],
    ['too many drills', file({ drills: Array(MAX_PROGRAM_DRILLS + 1).fill(withoutId(yRaise)) }), [at('drills', msg('program_too_many', MAX_PROGRAM_DRILLS))]],
    ['an unknown field on top', file({ author: 'Dr. Weber' }), [at('author', msg('program_unknown_top'))]],
    ['a drill that is no object', file({ drills: ['Y raise'] }), [at('drills[0]', msg('import_expected_object'))]],
    ['an unknown field in a drill', file({ drills: [{ ...withoutId(yRaise), video: 'x.mp4' }] }), [at('drills[0].video', msg('import_unknown_field'))]],
    ['a drill without a name and with nine steps', file({ drills: [withoutId(towel), { ...withoutId(yRaise), name: '', steps: Array(9).fill('Breathe.') }] }), [at('drills[1].name', msg('err_text_empty')), at('drills[1].steps', msg('err_count', 1, 8, msg('word_steps')))]],
    ['markup in a step', file({ drills: [{ ...withoutId(yRaise), steps: ['<img src=x onerror=alert(1)>'] }] }), [msg('import_markup', 'drills[0].steps[0]'), at('drills[0].steps', msg('err_text_markup'))]],
  ] as const)('refuses %s, saying why', (_what, text, errors) => {
    expect(parseProgram(text)).toEqual({ ok: false, errors });
  });

  it('refuses a file over 20 MB before reading it, saying so as a program file', () => {
    const result = parseProgram(file({ drills: [{ ...withoutId(yRaise), purpose: 'x'.repeat(21_000_000) }] }));
    expect(result).toEqual({ ok: false, errors: [msg('prog_too_big', 21, 0)] });
    // Counted in UTF-8 bytes: under the limit in characters, over it encoded.
    expect(parseProgram(`"${'€'.repeat(7_000_000)}"`)).toEqual({ ok: false, errors: [msg('prog_too_big', 21, 0)] });
  });

  it('never throws: any JSON, and real files with a field removed, retyped or enlarged, are read or refused with a message', () => {
    const real = JSON.parse(buildProgram([yRaise, towel])) as Record<string, any>;
    const paths = ['format', 'version', 'drills', 'drills.0', 'drills.0.name', 'drills.0.steps', 'drills.0.dose', 'drills.0.dose.kind', 'drills.0.dose.tempo', 'drills.1.equipment', 'drills.1.dose.seconds'];
    const change = fc.record({ path: fc.constantFrom(...paths), to: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 300 })) });
    const edited = fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
      const copy = structuredClone(real);
      for (const { path, to } of changes) {
        const keys = path.split('.');
        const parent = keys.slice(0, -1).reduce<any>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), copy);
        if (parent && typeof parent === 'object') {
          // Removed fields are set to undefined, which JSON.stringify leaves out.
          parent[keys.at(-1)!] = to;
        }
      }
      return JSON.stringify(copy);
    });
    const text = fc.oneof(edited, fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(text, (t) => {
        const result = parseProgram(t);
        if (result.ok) expect(parseProgram(buildProgram(result.drills.map((d, i) => ({ id: `x${i}`, ...d }))))).toEqual(result);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(5000) },
    );
  });
});

describe('a name clash on import', () => {
  const mine = [yRaise, { ...towel, name: 'Chin tucks' }];
  const incoming = [withoutId({ ...yRaise, name: ' prone y RAISE ', purpose: 'As revised' }), withoutId(towel)];
  const ids = () => {
    let n = 0;
    return () => `new-${++n}`;
  };

  it('finds the drills whose names the user already has, in any case and spacing', () => {
    expect(clashes(mine, incoming)).toEqual([' prone y RAISE ']);
  });

  it('replace: the clashing drill is updated in place and keeps its id (its level and history stay)', () => {
    const out = mergeProgram(mine, incoming, 'replace', ids());
    expect(out.map((d) => [d.id, d.name, d.purpose])).toEqual([['own-a', ' prone y RAISE ', 'As revised'], ['own-b', 'Chin tucks', 'Open the chest'], ['new-1', 'Towel chest stretch', 'Open the chest']]);
  });

  it('keep both: the imported one comes under a numbered name, never one already taken', () => {
    const out = mergeProgram([...mine, { ...yRaise, id: 'own-c', name: ' prone y RAISE  (2)' }], incoming, 'both', ids());
    expect(out.map((d) => [d.id, d.name])).toEqual([['own-a', 'Prone Y raise'], ['own-b', 'Chin tucks'], ['own-c', ' prone y RAISE  (2)'], ['new-1', ' prone y RAISE  (3)'], ['new-2', 'Towel chest stretch']]);
  });

  it('skip: the user keeps theirs; drills without a clash still come in', () => {
    const out = mergeProgram(mine, incoming, 'skip', ids());
    expect(out.map((d) => d.id)).toEqual(['own-a', 'own-b', 'new-1']);
    expect(out[0]).toBe(mine[0]);
  });
});
