import { describe, expect, it } from 'vitest';
import { WORKER_LOCK } from '../../src/background/queue';
import { dayKey } from '../../src/core/history';
import { postureText } from '../../src/core/posture-content';
import { nextPostureKind } from '../../src/core/posture-kinds';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { english } from '../english';
import { ALWAYS_WORKING, breakDueIn, eachTestInFreshChromium, getAlarm, type Harness, postureDueIn, readStorage, settled, useSettings, waitFor } from './harness';

// The second tier in a real Chromium: a posture reset at its time is a quiet notification with its
// cue and nothing else on screen, counted apart from the drills, gone after 20 s; it never comes
// near a drill, and a drill takes the place of one still showing. (Its page: posture-page.test.ts.)

const MIN = 60_000;
const RESETS = { ...ALWAYS_WORKING, postureResets: true };
const FIRST = nextPostureKind(null, false);

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh), { then: (fresh) => useSettings(fresh, RESETS) });

const notifications = () => h.sw(() => chrome.notifications.getAll());
const showing = (id: string) => async () => ((id in (await notifications())) ? true : null);

/** The extension's pages with the popup's views open anywhere: the toolbar popup, a window or a tab. */
const popupViews = () => h.sw(async () => (await chrome.runtime.getContexts({})).map((c) => c.documentUrl ?? '').filter((url) => url.includes('/src/popup/')));

/** From now on the worker records each notification it creates, with its options (the browser tells only their ids). */
async function recordNotifications(): Promise<() => Promise<[string, chrome.notifications.NotificationOptions][]>> {
  await h.sw(() => {
    const g = globalThis as unknown as { created: unknown[] };
    g.created = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
    (chrome.notifications as { create: unknown }).create = (...args: unknown[]) => {
      g.created.push(args.slice(0, 2));
      return create(...args);
    };
  });
  return () => h.sw(() => (globalThis as unknown as { created: [string, chrome.notifications.NotificationOptions][] }).created);
}

/** Counts how often the worker has finished handling the named alarm (its handler holds the worker's queue). */
async function countHandled(name: string): Promise<() => Promise<number>> {
  await h.sw(({ n, lock }) => {
    const g = globalThis as unknown as { handled: number };
    g.handled = 0;
    // Registered after the extension's own listener, so this turn in the queue comes after its handler.
    chrome.alarms.onAlarm.addListener((alarm) => void (alarm.name === n && navigator.locks.request(lock, () => void g.handled++)));
  }, { n: name, lock: WORKER_LOCK });
  return () => h.sw(() => (globalThis as unknown as { handled: number }).handled);
}

describe('posture resets in Chromium', () => {
  it('a reset at its time is a quiet notification with its cue: no window, nothing in the history, counted for the day, gone after 20 s', async () => {
    const created = await recordNotifications();
    const before = await readStorage(h);
    await postureDueIn(h);
    await waitFor(showing('posture'), 'the reset notification');
    await settled(h);

    const { title, cue } = postureText(FIRST, DEFAULT_SETTINGS, english);
    expect(Object.keys(await notifications())).toEqual(['posture']);
    const all = await created();
    expect(all.map(([id]) => id)).toEqual(['posture']);
    const [[, options]] = all as [[string, chrome.notifications.NotificationOptions]];
    expect(options).toMatchObject({ type: 'basic', title, message: cue, silent: true });
    expect(options.buttons).toBeUndefined();
    expect(await popupViews()).toEqual([]);
    expect(await h.sw(() => chrome.windows.getAll({ windowTypes: ['popup'] }))).toEqual([]);

    const { state, history, postureSeen } = await readStorage(h);
    expect(history).toEqual(before.history);
    expect(state.pending).toBeNull();
    expect(state.posture).toMatchObject({ kind: FIRST, shown: true });
    expect(postureSeen).toEqual({ days: { [dayKey(state.posture.at)]: 1 } });
    // The next reset a whole gap later; this one's notification goes 20 s after it came.
    expect((await getAlarm(h, 'posture'))?.scheduledTime).toBe(state.posture.at + 30 * MIN);
    expect((await getAlarm(h, 'posture-clear'))?.scheduledTime).toBe(state.posture.at + 20_000);

    // Those 20 s, brought forward.
    await h.sw(() => chrome.alarms.create('posture-clear', { when: Date.now() + 200 }));
    await waitFor(async () => (Object.keys(await notifications()).length === 0 ? true : null), 'the reset to go');
    expect(await getAlarm(h, 'posture-clear')).toBeNull();
    expect((await readStorage(h)).postureSeen).toEqual(postureSeen);
  });

  it('a click on the reset opens it alone in a compact window, with its figure; Done closes it', async () => {
    await postureDueIn(h);
    await waitFor(showing('posture'), 'the reset notification');
    await settled(h);
    // Chromium's extension events can be dispatched from the worker, which is what a click does.
    await h.sw(() => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch('posture'));
    const page = await waitFor(async () => h.context.pages().find((p) => p.url().includes('posture=')), 'the reset window');
    expect(page.url()).toBe(`chrome-extension://${h.extensionId}/src/popup/break.html?window=1&posture=${FIRST}`);
    const { title, cue } = postureText(FIRST, DEFAULT_SETTINGS, english);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(title);
    expect(await page.getByTestId('posture-cue').textContent()).toBe(cue);
    expect(await page.getByRole('img', { name: english('illustration_label', [title]) }).count()).toBe(1);
    expect(await notifications()).toEqual({});
    expect(await getAlarm(h, 'posture-clear')).toBeNull();
    expect((await h.sw(() => chrome.windows.getAll({ windowTypes: ['popup'] }))).length).toBe(1);

    // Done closes the window, which may end the click's own bookkeeping: the close is what counts.
    await Promise.all([page.waitForEvent('close'), page.getByRole('button', { name: english('done'), exact: true }).click().catch(() => undefined)]);
    expect(await popupViews()).toEqual([]);
    expect((await readStorage(h)).history).toBeUndefined();
  });

  it('never near a drill: no reset is set within 10 minutes of one, and one due there shows nothing', async () => {
    // The reset would come 25 minutes after the timer started, the drill 5 minutes later.
    await useSettings(h, { ...RESETS, intervalMinutes: 30, postureMinutes: 25 });
    expect(await getAlarm(h, 'posture')).toBeNull();
    expect((await getAlarm(h))?.scheduledTime).toBe((await readStorage(h)).state.lastResetAt + 30 * MIN);

    // Set as if it were due all the same, it is let go when its time comes.
    const handled = await countHandled('posture');
    await postureDueIn(h);
    await waitFor(async () => ((await handled()) > 0 ? true : null), 'the reset alarm to be handled');
    expect(await notifications()).toEqual({});
    const { state, postureSeen } = await readStorage(h);
    expect(postureSeen).toBeUndefined();
    expect(state.posture).toBeNull();
    expect(await getAlarm(h, 'posture')).toBeNull();
    expect(state.nextBreakAt - Date.now()).toBeLessThan(5 * MIN);
  });

  it('a drill that falls due takes the place of a reset still showing', async () => {
    await postureDueIn(h);
    await waitFor(showing('posture'), 'the reset notification');
    await settled(h);
    await breakDueIn(h);
    await waitFor(async () => (await readStorage(h)).state.pending, 'the break');
    await settled(h);
    expect(Object.keys(await notifications())).not.toContain('posture');
    expect(await getAlarm(h, 'posture-clear')).toBeNull();
    // And none is set while the break is on screen.
    expect(await getAlarm(h, 'posture')).toBeNull();
  });
});
