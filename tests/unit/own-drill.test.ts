import { describe, expect, it } from 'vitest';
import { checkOwnDrill, OWN_LIMITS } from '../../src/core/own-drill';
import { msg } from '../../src/core/i18n';

// Issue 24, the core of "write a drill": what the form or a program file gives is a drill, or a
// message beside each field that is wrong.

const prescribed = {
  name: 'Prone Y raise',
  purpose: 'Lower trapezius, as Dr. Weber showed me',
  steps: ['Lie face down, arms overhead in a Y.', 'Lift both arms, thumbs up.', 'Lower slowly.'],
  cue: 'Shoulder blades down and back',
  mistake: '',
  category: 'strength',
  equipment: ['none'],
  position: 'floor',
  dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'hold', seconds: 2 }, { phase: 'lower', seconds: 3 }] },
};

describe('checkOwnDrill', () => {
  it('takes a drill as prescribed, with the id it is given and its words trimmed', () => {
    const result = checkOwnDrill('own-1', { ...prescribed, name: '  Prone Y raise ' });
    // Written before figures, routines, levels and pictures: absent, they read as none, none, on, none.
    expect(result).toEqual({ ok: true, drill: { id: 'own-1', ...prescribed, figure: null, routines: [], levels: true, picture: null } });
  });

  it('refuses markup and script addresses in any text, as a program file does, so the form and a file agree', () => {
    const result = checkOwnDrill('own-1', { ...prescribed, name: 'Rows <b>', steps: ['Pull.', 'javascript:alert(1)'], cue: 'a > b' });
    expect(result).toEqual({ ok: false, problems: { name: msg('err_text_markup'), steps: msg('err_text_markup'), cue: msg('err_text_markup') } });
  });

  it('takes a figure from the catalog, the routines it joins, levels off and a rest between sets', () => {
    const result = checkOwnDrill('own-1', { ...prescribed, figure: 'wall-slides', routines: ['evening'], levels: false, dose: { ...prescribed.dose, rest: 45 } });
    expect(result).toMatchObject({ ok: true, drill: { figure: 'wall-slides', routines: ['evening'], levels: false, dose: { rest: 45 } } });
  });

  it('refuses a figure that is no catalog drill, routines that are not a list, and a rest out of range', () => {
    const result = checkOwnDrill('own-1', { ...prescribed, figure: 'own-x', routines: 'evening', levels: 'yes', dose: { ...prescribed.dose, rest: 4 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(['dose', 'figure', 'levels', 'routines']);
    expect(result.problems.dose).toEqual(msg('err_member', 'rest', msg('err_range_seconds', 5, 180)));
  });

  it('takes a hold, and leaves cue and mistake empty when they are not given', () => {
    const { cue: _cue, mistake: _mistake, ...rest } = prescribed;
    const result = checkOwnDrill('own-2', { ...rest, dose: { kind: 'hold', seconds: 30, reps: 3, perSide: true } });
    expect(result).toMatchObject({ ok: true, drill: { cue: '', mistake: '', dose: { kind: 'hold', seconds: 30, reps: 3, perSide: true } } });
  });

  it('folds equipment named twice', () => {
    expect(checkOwnDrill('own-3', { ...prescribed, equipment: ['band', 'wall', 'band'] })).toMatchObject({ ok: true, drill: { equipment: ['band', 'wall'] } });
  });

  const long = (n: number) => 'x'.repeat(n);
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['an empty name', { name: '   ' }, { name: msg('err_text_empty') }],
    ['a name over the limit', { name: long(OWN_LIMITS.name + 1) }, { name: msg('err_text_long', OWN_LIMITS.name) }],
    ['a purpose that is not text', { purpose: 7 }, { purpose: msg('err_text') }],
    ['no steps', { steps: [] }, { steps: msg('err_count', 1, OWN_LIMITS.steps, msg('word_steps')) }],
    ['nine steps', { steps: Array(9).fill('Breathe.') }, { steps: msg('err_count', 1, OWN_LIMITS.steps, msg('word_steps')) }],
    ['an empty step', { steps: ['Stand tall.', ''] }, { steps: msg('err_text_empty') }],
    ['a cue over the limit', { cue: long(OWN_LIMITS.note + 1) }, { cue: msg('err_text_long', OWN_LIMITS.note) }],
    ['a category the catalog does not have', { category: 'cardio' }, { category: msg('err_one_of', 'strength, activation, mobility, stretch, release, breathing') }],
    ['no equipment at all', { equipment: [] }, { equipment: msg('err_count', 1, 9, msg('word_equipment')) }],
    ['a position the catalog does not have', { position: 'lying' }, { position: msg('err_one_of', 'seated, standing, floor') }],
    ['a dose of no kind', { dose: { kind: 'sprint' } }, { dose: msg('err_one_of', 'reps, hold') }],
    ['sixty reps', { dose: { kind: 'reps', reps: 60, sets: 1, perSide: false } }, { dose: msg('err_member', 'reps', msg('err_range', 1, 50)) }],
    ['a hold of three seconds', { dose: { kind: 'hold', seconds: 3, reps: 1, perSide: false } }, { dose: msg('err_member', 'seconds', msg('err_range_seconds', 5, 120)) }],
    ['a tempo phase the timer cannot call', { dose: { ...prescribed.dose, tempo: [{ phase: 'jump', seconds: 1 }] } }, { dose: msg('err_member', 'tempo', msg('err_member', 'phase', msg('err_one_of', 'pull, squeeze, release, raise, lower, push, hold, breathe in, breathe out'))) }],
  ];
  it.each(cases)('refuses %s, saying so beside that field only', (_what, change, problems) => {
    expect(checkOwnDrill('own-4', { ...prescribed, ...change })).toEqual({ ok: false, problems });
  });

  it('names every missing field of something that is no drill at all', () => {
    const result = checkOwnDrill('own-5', 'junk');
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.problems).sort()).toEqual(['category', 'dose', 'equipment', 'name', 'position', 'purpose', 'steps']);
  });

  it('counts characters, not UTF-16 units: a name of emoji up to the limit is taken', () => {
    expect(checkOwnDrill('own-6', { ...prescribed, name: '💪'.repeat(OWN_LIMITS.name) }).ok).toBe(true);
  });
});
