import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog';
import { msg } from '../../src/core/i18n';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { changedFields, fromDraft, mergeDraft, sameSettings, toDraft } from '../../src/options/draft';

describe('options form draft', () => {
  it('round-trips stored settings unchanged', () => {
    expect(fromDraft(toDraft(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, errors: {} });
  });

  it('reads snooze lengths from text, and explains bad text', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), snoozeMinutes: '3,  20' };
    expect(fromDraft(draft, DEFAULT_SETTINGS).settings.snoozeMinutes).toEqual([3, 20]);
    expect(fromDraft({ ...draft, snoozeMinutes: '5, ten' }, DEFAULT_SETTINGS).errors.snoozeMinutes).toMatchObject({ key: 'err_whole_number_minutes' });
    expect(fromDraft({ ...draft, snoozeMinutes: '' }, DEFAULT_SETTINGS).errors.snoozeMinutes).toMatchObject({ key: 'err_count', args: [1, 3, { key: 'word_snooze_lengths' }] });
  });

  it('keeps the stored value for a field with an error, and reports every bad field', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), intervalMinutes: 'abc', idleMinutes: '99', workDays: [] };
    const { settings, errors } = fromDraft(draft, DEFAULT_SETTINGS);
    expect(settings.intervalMinutes).toBe(90);
    expect(Object.keys(errors).sort()).toEqual(['idleMinutes', 'intervalMinutes', 'workDays']);
  });
});

describe('keeping two tabs in step', () => {
  it('takes a change saved elsewhere into untouched fields and keeps the user’s edit in progress', () => {
    const mine = { ...toDraft(DEFAULT_SETTINGS), snoozeMinutes: '4, x' };
    const elsewhere = { ...DEFAULT_SETTINGS, intervalMinutes: 45, snoozeMinutes: [20] };
    const merged = mergeDraft(mine, DEFAULT_SETTINGS, elsewhere);
    expect(merged.intervalMinutes).toBe('45');
    expect(merged.snoozeMinutes).toBe('4, x');
  });

  it('a rule across fields holds back only the fields it involves; the others save', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), intervalMinutes: '240', workHours: [{ start: '09:00', end: '10:00' }], idleMinutes: '7', soundCues: true };
    const { settings, errors } = fromDraft(draft, DEFAULT_SETTINGS);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, idleMinutes: 7, soundCues: true });
    expect(errors).toEqual({ intervalMinutes: msg('err_interval_too_long', 240) });
  });

  it('a field that alone would be fine waits while it conflicts with a stored one', () => {
    // Shorter hours with the stored 90-minute interval: hours and interval both wait.
    const draft = { ...toDraft(DEFAULT_SETTINGS), workHours: [{ start: '09:00', end: '10:00' }], snoozeCap: '5' };
    const { settings, errors } = fromDraft(draft, DEFAULT_SETTINGS);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, snoozeCap: 5 });
    expect(errors).toEqual({ intervalMinutes: msg('err_interval_too_long', 90) });
  });

  it('every drill switched off holds back only the drill choice', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), disabledDrills: [...DRILL_IDS], intervalMinutes: '60' };
    const { settings, errors } = fromDraft(draft, DEFAULT_SETTINGS);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 60 });
    expect(errors).toEqual({ disabledDrills: msg('err_drills_none') });
  });

  it('two rules at once each hold back their own fields, and a field error wins over a rule on the same field', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), disabledDrills: [...DRILL_IDS], intervalMinutes: '240', workHours: [{ start: '09:00', end: '10:00' }], idleMinutes: '9' };
    const both = fromDraft(draft, DEFAULT_SETTINGS);
    expect(both.settings).toEqual({ ...DEFAULT_SETTINGS, idleMinutes: 9 });
    expect(both.errors).toEqual({ disabledDrills: msg('err_drills_none'), intervalMinutes: msg('err_interval_too_long', 240) });
    expect(fromDraft({ ...draft, intervalMinutes: '999' }, DEFAULT_SETTINGS).errors.intervalMinutes).toMatchObject({ key: 'err_range_minutes' });
  });

  it('compares settings whatever the order of their keys', () => {
    const shuffled = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) as typeof DEFAULT_SETTINGS;
    expect(sameSettings(shuffled, DEFAULT_SETTINGS)).toBe(true);
    expect(sameSettings({ ...DEFAULT_SETTINGS, intervalMinutes: 91 }, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('saving only what changed', () => {
  it('a form saves the fields it changed and nothing else', () => {
    expect(changedFields({ ...DEFAULT_SETTINGS, idleMinutes: 7, workDays: [1, 2] }, DEFAULT_SETTINGS)).toEqual({ idleMinutes: 7, workDays: [1, 2] });
    expect(changedFields(DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toEqual({});
  });
});
