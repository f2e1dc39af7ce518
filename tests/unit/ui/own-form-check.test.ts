import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/i18n';
import { toMessagesFile, translateWith } from '../../../src/core/i18n';
import { OWN_LIMITS } from '../../../src/core/own-drill';
import { checkForm, copyName, NEW_VALUES, valuesOf, type OwnValues } from '../../../src/options/own-form';
import { readLocaleSources } from '../../../scripts/locales.mjs';
import { english } from '../../english';

// The own-drill form's values checked by checkOwnDrill, each message placed beside its control,
// and the name a copy gets in the user's language.

const written: OwnValues = { ...NEW_VALUES, name: 'Y raise', purpose: 'Lower trapezius', steps: ['Lie face down.', 'Lift.'] };

describe('checkForm', () => {
  it('gives the drill as checkOwnDrill reads it: no kit ticked is no kit needed; an empty rest is the usual one', () => {
    expect(checkForm('own-a', { ...written, tempo: [{ phase: 'raise', seconds: '2' }] })).toEqual({
      ok: true,
      drill: {
        id: 'own-a', name: 'Y raise', purpose: 'Lower trapezius', steps: ['Lie face down.', 'Lift.'], cue: '', mistake: '', category: 'mobility', equipment: ['none'], position: 'standing',
        dose: { kind: 'reps', reps: 10, sets: 1, perSide: false, tempo: [{ phase: 'raise', seconds: 2 }] }, figure: null, routines: [], levels: true, picture: null,
      },
    });
  });

  it('places every wrong member of the dose beside its own box, not only the first', () => {
    expect(checkForm('own-a', { ...written, reps: '0', sets: 'two', rest: '500' })).toEqual({
      ok: false,
      errors: { 'own-reps': msg('err_range', 1, 50), 'own-sets': msg('err_whole_number', 1, 5), 'own-rest': msg('err_range_seconds', 5, 180) },
    });
    expect(checkForm('own-a', { ...written, kind: 'hold', seconds: '3', holds: '11' })).toEqual({
      ok: false,
      errors: { 'own-seconds': msg('err_range_seconds', 5, 120), 'own-holds': msg('err_range', 1, 10) },
    });
  });

  it('places a phase’s message beside that phase; a hold has no tempo to be wrong', () => {
    const tempo = [{ phase: 'raise', seconds: '2' }, { phase: 'lower', seconds: '0' }, { phase: 'hold', seconds: '40' }] as OwnValues['tempo'];
    expect(checkForm('own-a', { ...written, tempo })).toEqual({
      ok: false,
      errors: { 'own-phase-seconds-1': msg('err_range_seconds', 1, 30), 'own-phase-seconds-2': msg('err_range_seconds', 1, 30) },
    });
    expect(checkForm('own-a', { ...written, kind: 'hold', tempo }).ok).toBe(true);
  });

  it('places each wrong step’s message beside it, and the words’ beside theirs', () => {
    const result = checkForm('own-a', { ...written, name: '', steps: ['Fine.', '  ', 'x'.repeat(OWN_LIMITS.step + 1)], cue: 'a <b>' });
    expect(result).toEqual({
      ok: false,
      errors: { 'own-name': msg('err_text_empty'), 'own-step-1': msg('err_text_empty'), 'own-step-2': msg('err_text_long', OWN_LIMITS.step), 'own-cue': msg('err_text_markup') },
    });
  });

  it('reads a stored drill back into the same values', () => {
    const result = checkForm('own-a', { ...written, kind: 'hold', seconds: '45', holds: '3', perSide: true, rest: '20', equipment: ['wall'], routines: ['evening'], figure: 'wall-slides', levels: false });
    if (!result.ok) throw new Error('refused');
    expect(checkForm('own-a', valuesOf(result.drill))).toEqual(result);
  });
});

describe('copyName', () => {
  const german = translateWith(toMessagesFile(readLocaleSources().de ?? {}));
  const spanish = translateWith(toMessagesFile(readLocaleSources().es ?? {}));

  it('names a copy in the user’s language', () => {
    expect(copyName('Towel rows', english)).toBe('Towel rows (copy)');
    expect(copyName('Handtuch-Rudern', german)).toBe('Handtuch-Rudern (Kopie)');
    expect(copyName('Remo con toalla', spanish)).toBe('Remo con toalla (copia)');
  });

  it('shortens a long name so the copy’s name is still one a drill may have', () => {
    const long = 'A'.repeat(OWN_LIMITS.name);
    const copy = copyName(long, english);
    expect(copy).toBe(`${'A'.repeat(OWN_LIMITS.name - ' (copy)'.length)} (copy)`);
    expect([...copy].length).toBe(OWN_LIMITS.name);
  });
});
