import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { fire } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { alarmAt, at, install } from './worker-routines';
import { setTimeZone, useTimeZone } from './tz';

// The badge ticks every few minutes and a heads-up comes before every break: events that set no
// alarm of their own. They re-derive the schedule only when the clock's zone has changed since
// the alarms were set; otherwise they touch nothing but their own alarm.

useTimeZone('Europe/Berlin');
const t = (hhmm: string) => at('Europe/Berlin', hhmm);
/** The alarms created while `fn` runs, by name. */
async function alarmsSetBy(fn: () => Promise<void>): Promise<string[]> {
  const create = vi.spyOn(fakeBrowser.alarms, 'create');
  try {
    await fn();
    return create.mock.calls.map(([name]) => name as string);
  } finally {
    create.mockRestore();
  }
}

freshWorkerEach(() => t('09:00'));

describe('an event that sets no alarm of its own', () => {
  it('in the zone the alarms were set in, sets only the badge again: the break and the routine are left as they are', async () => {
    await install({ showBadge: true });
    const [breakAt, routineAt] = [await alarmAt('break'), await alarmAt('routine-evening')];
    const set = await alarmsSetBy(async () => fire('badge', (await alarmAt('badge'))!));
    expect(set).toEqual(['badge']);
    expect([await alarmAt('break'), await alarmAt('routine-evening')]).toEqual([breakAt, routineAt]);
  });

  it('a heads-up in the same zone sets neither the break nor a routine again', async () => {
    await install({ headsUpMinutes: 2 });
    const set = await alarmsSetBy(async () => fire('heads-up', (await alarmAt('heads-up'))!));
    expect(set).not.toContain('break');
    expect(set).not.toContain('routine-evening');
  });

  it('after a change of zone sets the alarms again once, and the next tick in the new zone leaves them be', async () => {
    await install({ showBadge: true });
    setTimeZone('Europe/London');
    const first = await alarmsSetBy(async () => fire('badge', (await alarmAt('badge'))!));
    expect(first).toContain('routine-evening');
    expect(await alarmAt('routine-evening')).toBe(at('Europe/London', '18:00'));
    const next = await alarmsSetBy(async () => fire('badge', (await alarmAt('badge'))!));
    expect(next).toEqual(['badge']);
  });
});
