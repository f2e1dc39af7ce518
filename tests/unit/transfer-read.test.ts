import { describe, expect, it } from 'vitest';
import { msg, type Msg } from '../../src/core/i18n';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/core/settings';
import { readHistoryStrict, readSettingsStrict } from '../../src/core/transfer-read';

// The two readers on their own: each returns null exactly when it named a problem, whatever
// the caller does with the list afterwards.
const now = new Date('2026-06-10T12:00').getTime();
const settings = { ...DEFAULT_SETTINGS, version: SETTINGS_VERSION };

describe('readSettingsStrict', () => {
  it('returns the settings when nothing is wrong', () => {
    const errors: Msg[] = [];
    expect(readSettingsStrict(settings, errors)).toEqual(DEFAULT_SETTINGS);
    expect(errors).toEqual([]);
  });

  it('refuses a version below 1', () => {
    for (const version of [0, -3]) {
      const errors: Msg[] = [];
      expect(readSettingsStrict({ ...settings, version }, errors)).toBeNull();
      expect(errors).toEqual([msg('import_at', 'settings.version', msg('import_not_whole'))]);
    }
  });

  it('returns null when only a rule across fields fails', () => {
    const errors: Msg[] = [];
    const tooLong = { ...settings, workHours: [{ start: '09:00', end: '10:00' }], intervalMinutes: 90 };
    expect(readSettingsStrict(tooLong, errors)).toBeNull();
    expect(errors).toEqual([msg('import_at', 'settings.intervalMinutes', msg('err_interval_too_long', 90))]);
  });
});

describe('readHistoryStrict', () => {
  const event = { at: now - 3_600_000, outcome: 'done', dueAt: null, shownAt: null, drillId: 'chin-tucks', rating: null, seconds: 40 };

  it('returns the history when nothing is wrong', () => {
    const errors: Msg[] = [];
    const day = { day: '2026-06-01', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0 };
    // A file from before held breaks were counted reads as none held.
    expect(readHistoryStrict({ events: [event], days: [day] }, errors, now)).toEqual({ events: [event], days: [{ ...day, held: 0 }] });
    expect(readHistoryStrict({ events: [event], days: [{ ...day, held: 2 }] }, errors, now)).toEqual({ events: [event], days: [{ ...day, held: 2 }] });
    expect(errors).toEqual([]);
  });

  it('returns null when only a time is out of range, naming each one', () => {
    const errors: Msg[] = [];
    const late = now + 3 * 86_400_000;
    expect(readHistoryStrict({ events: [{ ...event, at: late, shownAt: late }], days: [] }, errors, now)).toBeNull();
    expect(errors.map((e) => e.args[0])).toEqual(['history.events[0].at', 'history.events[0].shownAt']);
  });

  it('names a day out of range each time it comes, not as a day counted twice', () => {
    const errors: Msg[] = [];
    const future = { day: '2026-07-01', done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0 };
    expect(readHistoryStrict({ events: [], days: [future, future] }, errors, now)).toBeNull();
    expect(errors.map((e) => e.args[1])).toEqual([errors[0]!.args[1], errors[0]!.args[1]]);
    expect(errors.map((e) => (e.args[1] as Msg).key)).toEqual(['import_day_range', 'import_day_range']);
  });
});
