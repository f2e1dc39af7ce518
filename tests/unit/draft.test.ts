import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { fromDraft, toDraft } from '../../src/options/draft';

describe('options form draft', () => {
  it('round-trips stored settings unchanged', () => {
    expect(fromDraft(toDraft(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, errors: {} });
  });

  it('reads snooze lengths from text, and explains bad text', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), snoozeMinutes: '3,  20' };
    expect(fromDraft(draft, DEFAULT_SETTINGS).settings.snoozeMinutes).toEqual([3, 20]);
    expect(fromDraft({ ...draft, snoozeMinutes: '5, ten' }, DEFAULT_SETTINGS).errors.snoozeMinutes).toMatch(/whole number/);
    expect(fromDraft({ ...draft, snoozeMinutes: '' }, DEFAULT_SETTINGS).errors.snoozeMinutes).toMatch(/1 to 3/);
  });

  it('keeps the stored value for a field with an error, and reports every bad field', () => {
    const draft = { ...toDraft(DEFAULT_SETTINGS), intervalMinutes: 'abc', idleMinutes: '99', workDays: [] };
    const { settings, errors } = fromDraft(draft, DEFAULT_SETTINGS);
    expect(settings.intervalMinutes).toBe(90);
    expect(Object.keys(errors).sort()).toEqual(['idleMinutes', 'intervalMinutes', 'workDays']);
  });
});
