import { describe, expect, it } from 'vitest';
import { dayKey } from '../../src/core/history';
import { postureText } from '../../src/core/posture-content';
import { nextPostureKind } from '../../src/core/posture-kinds';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { english } from '../english';
import { ALWAYS_WORKING, drillViews, getAlarm, notifications, postureDueIn, readStorage, settled, useSettings } from './extension';
import type { Firefox } from './harness';
import { firefoxForThisFile } from './suite';
import { waitFor } from './wait';

// The second tier in firefox-esr: Firefox's notifications take neither buttons nor `silent`, so
// the build asks for neither, and the reset still comes quietly, with no window.

const firefox = firefoxForThisFile({ alwaysWorking: true });

/** From now on the event page records each notification it creates, with its options. */
async function recordNotifications(ff: Firefox): Promise<() => Promise<[string, object][]>> {
  await ff.ext(async (browser) => {
    const page = (await browser.runtime.getBackgroundPage()) as unknown as { browser: typeof browser; created: string[] };
    const api = page.browser.notifications;
    const create = api.create.bind(api);
    page.created = [];
    api.create = ((...args: Parameters<typeof create>) => {
      page.created.push(JSON.stringify(args));
      return create(...args);
    }) as typeof create;
  });
  return () => ff.ext(async (browser) => ((await browser.runtime.getBackgroundPage()) as unknown as { created: string[] }).created.map((call) => JSON.parse(call)));
}

describe('posture resets, in Firefox', () => {
  it('a reset at its time is a notification with its cue and nothing more: no window, counted for the day, gone after 20 s', async () => {
    const ff = firefox();
    await useSettings(ff, { ...ALWAYS_WORKING, postureResets: true });
    const before = await readStorage(ff);
    const created = await recordNotifications(ff);
    await postureDueIn(ff, 500);
    const shown = await waitFor(async () => (await notifications(ff)).posture, 'the reset notification');
    await settled(ff);

    const kind = nextPostureKind(null, false);
    const { title, cue } = postureText(kind, DEFAULT_SETTINGS, english);
    expect(shown).toMatchObject({ type: 'basic', title, message: cue });
    // Asked for once, with neither buttons nor `silent` (Firefox would refuse either; getAll would not tell).
    const calls = await created();
    expect(calls.map(([id, options]) => [id, Object.keys(options).sort()])).toEqual([['posture', ['iconUrl', 'message', 'title', 'type']]]);
    expect(Object.keys(await notifications(ff))).toEqual(['posture']);
    expect(await drillViews(ff)).toEqual([]);
    expect(await ff.ext((browser) => browser.windows.getAll({ windowTypes: ['popup'] }))).toEqual([]);

    const { state, history, postureSeen } = await readStorage(ff);
    expect(state.pending).toBeNull();
    expect(state.posture).toMatchObject({ kind, shown: true });
    expect(history).toEqual(before.history);
    expect(postureSeen).toEqual({ days: { [dayKey(state.posture.at)]: 1 } });
    expect((await getAlarm(ff, 'posture-clear'))?.scheduledTime).toBe(state.posture.at + 20_000);

    // Those 20 s, brought forward.
    await ff.ext((browser) => browser.alarms.create('posture-clear', { when: Date.now() + 200 }));
    await waitFor(async () => (Object.keys(await notifications(ff)).length === 0 ? true : null), 'the reset to go');
  });
});
