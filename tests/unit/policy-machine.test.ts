import { describe, expect, it } from 'vitest';
import { DRILL_IDS, type DrillId } from '../../src/core/catalog/ids';
import { step, type SchedulerEvent } from '../../src/core/machine';
import type { OwnDrill } from '../../src/core/own-drill';
import { drillWorld, findIn, orgId } from '../../src/core/own-world';
import { readPolicyDrills } from '../../src/core/policy-drills';
import type { State } from '../../src/core/state';
import { fresh, settings, t } from './machine-run';
import { program, wallAngels } from './policy-program';
import { inTimeZone } from './tz';

// A break falls due with one of the organisation's drills; before it is answered, a new policy
// takes that drill out. The worker steps the machine with the drills there are now, without it.

const WALL = orgId('Wall angels');
const org = readPolicyDrills({ drills: program(wallAngels) }).drills as OwnDrill[];
const withOrg = drillWorld([], org);
const withoutOrg = drillWorld([], []);
/** Only the organisation's drill and one of the catalog's switched on. */
const only = { ...settings, disabledDrills: DRILL_IDS.filter((id) => id !== 'chin-tucks') as DrillId[] };

const at = (state: State, event: SchedulerEvent, hhmm: string, drills = withoutOrg) => inTimeZone('Europe/Berlin', () => step(state, only, event, t(hhmm), drills));

/** The break due at 10:30, on screen with the organisation's drill. */
function pendingWithOrgDrill(): State {
  const due = at(fresh('09:00'), { type: 'alarm', idle: 'active', scheduledAt: t('10:30') }, '10:30', withOrg).state;
  expect(due.pending).not.toBeNull();
  return { ...due, pending: { ...due.pending!, drillId: WALL } };
}

describe('a pending break whose drill the policy took away', () => {
  it('the drill is gone from the drills there are', () => {
    expect(findIn(withOrg, WALL)).toBeDefined();
    expect(findIn(withoutOrg, WALL)).toBeUndefined();
  });

  it('Swap moves to a drill there is', () => {
    const d = at(pendingWithOrgDrill(), { type: 'swap' }, '10:31');
    expect(d.state.pending).toMatchObject({ drillId: 'chin-tucks', swapped: [WALL] });
  });

  it('Done records the drill as it was at the break, and the next break takes a drill there is', () => {
    const done = at(pendingWithOrgDrill(), { type: 'finish', outcome: 'done', seconds: 60 }, '10:32');
    expect(done.record).toEqual([expect.objectContaining({ outcome: 'done', drillId: WALL, seconds: 60 })]);
    expect(done.state.pending).toBeNull();
    expect(done.state.recentDrills[0]).toBe(WALL);
    const next = at({ ...done.state, nextBreakAt: t('12:02') }, { type: 'alarm', idle: 'active', scheduledAt: t('12:02') }, '12:02');
    expect(next.show).toBe(true);
    expect(findIn(withoutOrg, next.state.pending!.drillId!)).toBeDefined();
  });

  it('snoozed, it comes back without a fault; skipped, it goes', () => {
    const snoozed = at(pendingWithOrgDrill(), { type: 'snooze', minutes: 5 }, '10:31');
    expect(snoozed.state.pending?.snoozedUntil).toBe(t('10:36'));
    const back = at(snoozed.state, { type: 'alarm', idle: 'active', scheduledAt: t('10:36') }, '10:36');
    expect(back.show).toBe(true);
    const skipped = at(back.state, { type: 'finish', outcome: 'skipped' }, '10:37');
    expect(skipped.state.pending).toBeNull();
    expect(skipped.record).toEqual([expect.objectContaining({ outcome: 'skipped', drillId: WALL })]);
  });

  it('Start now, a pause and a restart of the browser take it without a fault', () => {
    const s = pendingWithOrgDrill();
    expect(at(s, { type: 'start-now' }, '10:31').state.pending?.shownAt).toBe(t('10:31'));
    expect(at(s, { type: 'pause', until: t('11:00') }, '10:31').state.pending).toBeNull();
    expect(() => at(s, { type: 'startup', idle: 'active' }, '10:40')).not.toThrow();
  });
});
