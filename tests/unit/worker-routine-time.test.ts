import { describe, expect, it, vi } from 'vitest';
import { fire, notes } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { alarmAt, at, install } from './worker-routines';
import { setTimeZone, useTimeZone } from './tz';

// A routine belongs to a time of day: one that comes hours late (the laptop slept through it) or
// at another zone's clock time is not announced; the next one is set for the right time.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => at('Europe/Berlin', hhmm, day);

freshWorkerEach(() => t('09:00'));

describe('a routine alarm that comes late', () => {
  it('after a night asleep (18:00 → 08:45) says nothing of bed, and sets this evening’s', async () => {
    await install({});
    expect(await alarmAt('routine-evening')).toBe(t('18:00'));
    await fire('routine-evening', t('08:45', '03'));
    expect(notes()['routine-evening']).toBeUndefined();
    expect(await alarmAt('routine-evening')).toBe(t('18:00', '03'));
  });

  it('within its grace (20 minutes) is announced as usual', async () => {
    await install({});
    await fire('routine-evening', t('18:20'));
    expect(notes()['routine-evening']).toMatchObject({ title: expect.stringContaining('min') });
    expect(await alarmAt('routine-evening')).toBe(t('18:00', '03'));
  });

  it('the morning one, an hour late, is skipped as well', async () => {
    await install({ eveningRoutine: false, morningRoutine: true, morningTime: '08:30' });
    await fire('routine-morning', t('09:31', '03'));
    expect(notes()['routine-morning']).toBeUndefined();
    expect(await alarmAt('routine-morning')).toBe(t('08:30', '04'));
  });
});

describe('after a change of time zone', () => {
  it('the alarm set for the old zone’s 18:00 is not announced, and the routine comes at the new zone’s 18:00', async () => {
    await install({});
    vi.setSystemTime(t('13:00'));
    setTimeZone('Europe/London'); // Berlin's 18:00 is London's 17:00
    await fire('routine-evening', at('Europe/London', '17:00'));
    expect(notes()['routine-evening']).toBeUndefined();
    expect(await alarmAt('routine-evening')).toBe(at('Europe/London', '18:00'));
    await fire('routine-evening', at('Europe/London', '18:00'));
    expect(notes()['routine-evening']).toBeDefined();
  });

  it('the worker notices the new zone at its next event, even one that changes no schedule', async () => {
    await install({ showBadge: true });
    setTimeZone('America/New_York');
    await fire('badge', (await alarmAt('badge'))!);
    expect(await alarmAt('routine-evening')).toBe(at('America/New_York', '18:00'));
  });

  it('a heads-up alarm is such an event too', async () => {
    await install({ headsUpMinutes: 2 });
    setTimeZone('Asia/Tokyo'); // Berlin's 10:28 is Tokyo's 18:28: the routine is next due tomorrow there
    await fire('heads-up', t('10:28'));
    expect(await alarmAt('routine-evening')).toBe(at('Asia/Tokyo', '18:00', '03'));
  });
});
