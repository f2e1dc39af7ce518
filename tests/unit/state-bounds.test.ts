import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { initialState, type PendingBreak, type State } from '../../src/core/state';
import { boundToNow } from '../../src/core/state-bounds';
import { inTimeZone, useTimeZone } from './tz';

// Stored times read at `now` after the clock was ahead (hours fast until the network corrected
// it). Default settings: a break every 90 minutes, Monday to Friday 09:00-17:30, snoozes of 5, 10
// or 15 minutes. Monday 2 March 2026 in Berlin, now 10:00.
useTimeZone('Europe/Berlin');
const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime());
const now = t('10:00');
const settings = DEFAULT_SETTINGS;

const state = (over: Partial<State>): State => ({ ...initialState(t('09:30')), ...over });
const onScreen = (over: Partial<PendingBreak> = {}): PendingBreak => ({
  drillId: 'chin-tucks',
  dueAt: t('09:50'),
  shownAt: t('09:50'),
  snoozedUntil: null,
  held: false,
  swapped: [],
  waiting: null,
  ...over,
});

describe('the stored next break, for the readers before the next write', () => {
  it('a next break stored hours ahead by a fast clock comes back to one interval after the last reset', () => {
    expect(boundToNow(state({ nextBreakAt: t('14:00') }), settings, now).nextBreakAt).toBe(t('11:00'));
  });

  it('a stored next break sooner than that is kept, and so is one already past (an alarm is owed)', () => {
    expect(boundToNow(state({ nextBreakAt: t('10:45') }), settings, now).nextBreakAt).toBe(t('10:45'));
    expect(boundToNow(state({ nextBreakAt: t('09:55') }), settings, now).nextBreakAt).toBe(t('09:55'));
  });

  it('a snoozed break stored to come back hours ahead comes back no later than the longest snooze', () => {
    const bounded = boundToNow(state({ pending: onScreen({ snoozedUntil: t('13:00') }), nextBreakAt: t('13:00') }), settings, now);
    expect(bounded.pending?.snoozedUntil).toBe(t('10:15'));
    expect(bounded.nextBreakAt).toBe(t('10:15'));
  });

  it('with no next break stored yet (as at install) none is made up here: the write derives it', () => {
    expect(boundToNow(state({ nextBreakAt: null }), settings, now).nextBreakAt).toBeNull();
  });

  it('while paused until resumed nothing is derived, so a stored next break is left as it is', () => {
    const paused = state({ pause: { since: t('09:40'), until: null }, nextBreakAt: t('11:10') });
    expect(boundToNow(paused, settings, now).nextBreakAt).toBe(t('11:10'));
  });
});

describe('pauses started while the clock was ahead', () => {
  it('a pause until resumed starts now and still lasts until the user resumes', () => {
    const bounded = boundToNow(state({ pause: { since: t('13:00'), until: null }, nextBreakAt: null }), settings, now);
    expect(bounded.pause).toEqual({ since: now, until: null });
    expect(bounded.nextBreakAt).toBeNull();
  });

  it('an hour’s pause keeps its hour, counted from now', () => {
    const bounded = boundToNow(state({ pause: { since: t('13:00'), until: t('14:00') } }), settings, now);
    expect(bounded.pause).toEqual({ since: now, until: t('11:00') });
  });
});
