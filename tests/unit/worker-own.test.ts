import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DRILL_IDS } from '../../src/core/catalog';
import { drillName } from '../../src/core/drill';
import { ownLadder } from '../../src/core/own-ladder';
import { routinePlan } from '../../src/core/routines';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { english } from './fake-gaps';
import { doneAndRated, fire, notes, state } from './worker-events';
import { freshWorkerEach } from './worker-each';
import { at, install, settle } from './worker-routines';
import { stored, towel, yRaise } from './own-fixtures';
import { useTimeZone } from './tz';

// Issue 24 item 3 through the real worker: a break, a rating and a routine with the user's own
// drills, stored in storage.sync as another computer (or the library) left them.

useTimeZone('Europe/Berlin');
const t = (hhmm: string, day = '02') => at('Europe/Berlin', hhmm, day);
const levels = async () => (await fakeBrowser.storage.local.get('levels')).levels as any;

/** An install with every catalog drill switched off and the user's own drills in storage.sync. */
async function installOwn(own = [yRaise]) {
  await fakeBrowser.storage.sync.set(Object.fromEntries(own.map((d, i) => [`own.${d.id}`, stored(d, t('08:00') + i)])));
  await install({ disabledDrills: [...DRILL_IDS] });
}


freshWorkerEach(() => t('09:00'));

describe('the worker with own drills', () => {
  it('brings a break with an own drill when every catalog drill is switched off, its name in the notification', async () => {
    await installOwn();
    await fire('break', t('10:30'));
    expect((await state()).pending).toMatchObject({ drillId: 'own-yraise', dueAt: t('10:30') });
    expect(notes().break!.message).toMatch(/^Prone Y raise, \d/);
  });

  it('moves an own drill’s level on its own ladder: easy on two days is one rung up from the dose written', async () => {
    await installOwn();
    const ladder = ownLadder(yRaise.dose);
    expect(await doneAndRated(t('09:10'), 'easy')).toBe('own-yraise');
    expect((await levels()).drills['own-yraise']).toMatchObject({ rung: ladder.start, streak: { rating: 'easy', count: 1 } });
    expect(await doneAndRated(t('09:10', '03'), 'easy')).toBe('own-yraise');
    expect((await levels()).log).toEqual([{ drillId: 'own-yraise', from: ladder.start, to: ladder.start + 1, at: t('09:10', '03'), why: 'easy' }]);
  });

  it('names an own drill chosen for the evening in the routine’s notification, after the routine’s own', async () => {
    await installOwn([{ ...yRaise, routines: ['evening'] }, towel]);
    await fire('routine-evening', t('18:00'));
    await settle();
    const names = notes()['routine-evening']!.message.split(', ');
    const plan = routinePlan('evening', { ...DEFAULT_SETTINGS, disabledDrills: [...DRILL_IDS] });
    expect(names).toEqual([...plan.map((step) => drillName(step.drill.id, english)), 'Prone Y raise']);
  });
});
