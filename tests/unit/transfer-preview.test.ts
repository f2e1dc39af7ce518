import { describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../src/core/history';
import { render } from '../../src/core/i18n';
import { NO_LEVELS, type DrillLevel, type LevelStore } from '../../src/core/levels';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { describeChanges } from '../../src/core/transfer-preview';
import { english } from './fake-gaps';

// The import preview, one setting at a time, in English as the options page shows it.
const EMPTY: HistoryStore = { events: [], days: [] };
const preview = (incoming: Partial<Settings>, base: Partial<Settings> = {}, history = { now: EMPTY, file: EMPTY }) =>
  describeChanges({ settings: { ...DEFAULT_SETTINGS, ...base }, history: history.now, levels: NO_LEVELS }, { settings: { ...DEFAULT_SETTINGS, ...base, ...incoming }, history: history.file, levels: NO_LEVELS }).map((m) =>
    render(m, english),
  );
/** The one settings line of a preview with a single change. */
const line = (incoming: Partial<Settings>, base: Partial<Settings> = {}) => {
  const lines = preview(incoming, base);
  expect(lines).toHaveLength(3);
  return lines[0];
};

describe('the import preview, setting by setting', () => {
  it('shows numbers, times and lists as they are', () => {
    expect(line({ idleMinutes: 10 })).toBe('Minutes away that count as a break: 5 → 10');
    expect(line({ snoozeMinutes: [5, 30] })).toBe('Snooze lengths (minutes): 5, 10, 15 → 5, 30');
    expect(line({ snoozeMinutes: [] })).toBe('Snooze lengths (minutes): 5, 10, 15 → none');
    expect(line({ snoozeCap: 1 })).toBe('Snoozes in a row: 3 → 1');
    expect(line({ morningTime: '07:15' })).toBe('Morning routine at: 08:30 → 07:15');
    expect(line({ eveningTime: '19:00' })).toBe('Evening routine at: 18:00 → 19:00');
    expect(line({ drillCapSeconds: 60 })).toBe('Longest drill (seconds): 120 → 60');
  });

  it('shows switches as on and off, the heads-up in minutes or off, and the notice as yes or no', () => {
    expect(line({ showBadge: true })).toBe('Minutes on the toolbar icon: off → on');
    expect(line({ openDrillAutomatically: false })).toBe('Open the drill by itself: on → off');
    expect(line({ morningRoutine: true })).toBe('Morning routine: off → on');
    expect(line({ eveningRoutine: true })).toBe('Evening routine: off → on');
    expect(line({ safetyAcknowledged: true })).toBe('Safety notice read: no → yes');
    expect(line({ safetyAcknowledged: false }, { safetyAcknowledged: true })).toBe('Safety notice read: yes → no');
    expect(line({ headsUpMinutes: 0 }, { headsUpMinutes: 2 })).toBe('Heads-up before a break: 2 min → off');
  });

  it('names days in week order, runs of three or more as a range, and no days as none', () => {
    expect(line({ workDays: [1, 2] })).toBe('Working days: Mon–Fri → Mon, Tue');
    expect(line({ workDays: [1, 2, 3] })).toBe('Working days: Mon–Fri → Mon–Wed');
    expect(line({ workDays: [6, 0, 2] })).toBe('Working days: Mon–Fri → Tue, Sat, Sun');
    expect(line({ workDays: [5, 6, 0, 1] })).toBe('Working days: Mon–Fri → Mon, Fri–Sun');
    expect(line({ workDays: [] })).toBe('Working days: Mon–Fri → none');
    expect(line({ workDays: [2, 4] })).toBe('Working days: Mon–Fri → Tue, Thu');
    expect(line({ workDays: [0, 1, 2, 3, 4, 5, 6] })).toBe('Working days: Mon–Fri → every day');
    expect(line({ workDays: [3] }, { workDays: [0, 1, 2, 3, 4, 5, 6] })).toBe('Working days: every day → Wed');
  });

  it('names equipment and places in the user\'s words, and counts drill lists', () => {
    expect(line({ equipment: ['band', 'foam-roller', 'ball'] })).toBe('Equipment: wall, doorway, chair → band, foam roller, ball');
    expect(line({ equipment: [] })).toBe('Equipment: wall, doorway, chair → none');
    expect(line({ equipment: ['anchored-band', 'pull-up-bar'] }, { equipment: ['wall', 'doorway', 'chair', 'band', 'ball'] })).toBe(
      'Equipment: wall, doorway, chair, band, ball → anchored band, pull-up bar',
    );
    expect(line({ spaces: ['floor'] })).toBe('Places for breaks: desk, standing → floor');
    expect(line({ painfulDrills: ['chin-tucks'] })).toBe('Drills marked painful: 0 → 1');
    expect(line({ disabledDrills: ['chin-tucks'] })).toBe('Drills switched off: 0 → 1');
  });

  it('treats sets as sets: another order is no change, another member of the same count is "different ones"', () => {
    expect(preview({ spaces: ['standing', 'desk'] })[0]).toBe('No settings change.');
    expect(preview({ workDays: [5, 4, 3, 2, 1] })[0]).toBe('No settings change.');
    expect(preview({ painfulDrills: ['wall-slides', 'chin-tucks'] }, { painfulDrills: ['chin-tucks', 'wall-slides'] })[0]).toBe('No settings change.');
    expect(preview({ disabledDrills: ['wall-slides', 'chin-tucks'] }, { disabledDrills: ['chin-tucks', 'wall-slides'] })[0]).toBe('No settings change.');
    expect(line({ painfulDrills: ['wall-slides'] }, { painfulDrills: ['chin-tucks'] })).toBe('Drills marked painful: 1 → 1 (different ones)');
    expect(line({ spaces: ['desk', 'desk'] }, { spaces: ['desk', 'standing'] })).toBe('Places for breaks: desk, standing → desk, desk');
    expect(line({ spaces: ['desk'] }, { spaces: ['desk', 'desk'] })).toBe('Places for breaks: desk, desk → desk');
  });

  it('compares ordered lists in order', () => {
    expect(line({ snoozeMinutes: [15, 10, 5] })).toBe('Snooze lengths (minutes): 5, 10, 15 → 15, 10, 5');
    expect(line({ workHours: [{ start: '09:00', end: '12:00' }] })).toBe('Working hours: 09:00–17:30 → 09:00–12:00');
  });
});

describe('the import preview of history', () => {
  const ev = (at: number) => ({ at, outcome: 'done' as const, dueAt: at, shownAt: at, drillId: 'chin-tucks' as const, rating: null, seconds: 60 });
  const day = (d: string) => ({ day: d, done: 1, skipped: 0, snoozed: 0, natural: 0, paused: 0, held: 0 });
  const AT = Date.UTC(2026, 2, 2);

  it('counts events, one and many, and the file\'s as a bare number when neither side has older days', () => {
    expect(preview({}, {}, { now: { events: [ev(AT)], days: [] }, file: { events: [ev(AT), ev(AT + 1)], days: [] } })).toEqual([
      'No settings change.',
      'History: 1 event now, 2 in the file (the file replaces your history)',
      'Drill levels: 0 drills with their own level now, 0 in the file (the file replaces your levels)',
    ]);
    expect(preview({}, {}, { now: EMPTY, file: EMPTY })[1]).toBe('History: 0 events now, 0 in the file (the file replaces your history)');
  });

  it('names older days on both sides as soon as either side has them', () => {
    expect(preview({}, {}, { now: { events: [], days: [day('2025-01-01'), day('2025-01-02')] }, file: EMPTY })[1]).toBe(
      'History: 0 events and 2 older days now, 0 events in the file (the file replaces your history)',
    );
    expect(preview({}, {}, { now: { events: [ev(AT)], days: [day('2025-01-01')] }, file: { events: [ev(AT)], days: [day('2025-01-01')] } })[1]).toBe(
      'History: 1 event and 1 older day now, 1 event and 1 older day in the file (the file replaces your history)',
    );
  });
});

describe('the import preview of drill levels', () => {
  const level: DrillLevel = { rung: 1, streak: null, last: null };
  const levels = (n: number): LevelStore => ({ drills: Object.fromEntries(['chin-tucks', 'wall-slides', 'band-rows'].slice(0, n).map((id) => [id, level])), log: [] });
  const lines = (now: LevelStore, file: LevelStore | null) =>
    describeChanges({ settings: DEFAULT_SETTINGS, history: EMPTY, levels: now }, { settings: DEFAULT_SETTINGS, history: EMPTY, levels: file }).map((m) => render(m, english));

  it('comes last, counting the drills with a level of their own now and in the file', () => {
    expect(lines(levels(1), levels(3))).toEqual([
      'No settings change.',
      'History: 0 events now, 0 in the file (the file replaces your history)',
      'Drill levels: 1 drill with its own level now, 3 in the file (the file replaces your levels)',
    ]);
    expect(lines(NO_LEVELS, levels(1))[2]).toBe('Drill levels: 0 drills with their own level now, 1 in the file (the file replaces your levels)');
    expect(lines(levels(2), NO_LEVELS)[2]).toBe('Drill levels: 2 drills with their own level now, 0 in the file (the file replaces your levels)');
  });

  it('says a file without levels leaves the user\'s as they are', () => {
    expect(lines(levels(2), null)[2]).toBe('Drill levels: none in the file, so yours stay as they are');
  });
});
