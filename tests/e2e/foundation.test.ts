import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/core/catalog';
import { drillName } from '../english';
import { breakAfter } from '../../src/core/schedule';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { unpackedExtensionId } from '../../scripts/extension-id.mjs';
import { ALWAYS_WORKING, breakDueIn, DIST, eachTestInFreshChromium, type Harness, PopupTarget, stopServiceWorker, useSettings, waitFor } from './harness';
import { showSection } from './sections';

const MINUTE = 60_000;
const drillNames = CATALOG.map((d) => drillName(d.id));

let h: Harness;
eachTestInFreshChromium((fresh) => (h = fresh));

const breakAlarms = () => h.sw(async () => (await chrome.alarms.getAll()).filter((a) => a.name === 'break'));
/** Resolves once install has scheduled the first break. */
const installed = () => waitFor(async () => (await breakAlarms())[0] ?? null, 'the break alarm');
const stored = () => h.sw(async () => ({ ...(await chrome.storage.local.get(null)), ...(await chrome.storage.sync.get(null)) }) as any);

describe('foundation', () => {
  it('creates the break alarm with the default interval after install', async () => {
    const alarm = await installed();
    const { state } = await stored();
    expect(alarm.periodInMinutes).toBe(90);
    // Node and Chromium share the machine's time zone, so the pure schedule gives the expected time.
    expect(alarm.scheduledTime).toBe(breakAfter(state.lastResetAt, DEFAULT_SETTINGS, state.lastResetAt));
    expect(state.nextBreakAt).toBe(alarm.scheduledTime);
    expect(await breakAlarms()).toHaveLength(1);
    // First install opens the welcome, and nothing else.
    expect(h.context.pages().filter((p) => p.url().endsWith('/src/welcome/index.html'))).toHaveLength(1);
    expect(h.context.pages().filter((p) => p.url().endsWith('/src/options/index.html'))).toHaveLength(0);
  });

  it('has the id npm start computes for the options page', () => {
    expect(unpackedExtensionId(DIST)).toBe(h.extensionId);
  });

  it('fires a break: notification plus the drill in the toolbar popup, and Done reschedules', async () => {
    await installed();
    await useSettings(h, ALWAYS_WORKING);
    await breakDueIn(h, 500);

    const notifications = await waitFor(async () => {
      const all = await h.sw(() => chrome.notifications.getAll());
      return 'break' in all ? all : null;
    }, 'the break notification');
    expect(Object.keys(notifications)).toEqual(['break']);

    const popup = await PopupTarget.attach(h);
    const text = await waitFor(async () => {
      const t = await popup.text();
      return drillNames.some((name) => t.includes(name)) ? t : null;
    }, 'a drill name in the popup');
    expect(text).toContain('Done');
    expect(text).toContain('Skip');
    const contexts = await h.sw(() => chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] }));
    expect(contexts).toHaveLength(1);

    const { state: during } = await stored();
    expect(drillNames).toContain(drillName(during.pending.drillId));

    const before = Date.now();
    await popup.evaluate(`document.querySelector('button.primary').click()`);
    const after = await waitFor(async () => ((await stored()).state.pending === null ? (await stored()).state : null), 'the break to finish');
    expect(after.lastResetAt).toBeGreaterThanOrEqual(before);
    expect(after.recentDrills[0]).toBe(during.pending.drillId);
    const [next] = await breakAlarms();
    expect(next!.scheduledTime).toBe(after.lastResetAt + 90 * MINUTE);
    expect(await h.sw(() => chrome.notifications.getAll())).toEqual({});
  });

  it('opens one compact drill window when no browser window is focused, and reuses it', async () => {
    await installed();
    await useSettings(h, ALWAYS_WORKING);
    await h.sw(async () => {
      const [win] = await chrome.windows.getAll({ windowTypes: ['normal'] });
      await chrome.windows.update(win!.id!, { state: 'minimized' });
    });
    const drillWindows = () =>
      h.sw(async () => (await chrome.windows.getAll({ windowTypes: ['popup'] })).map((w) => w.id));

    await breakDueIn(h);
    const [first] = await waitFor(async () => ((await drillWindows()).length ? drillWindows() : null), 'a drill window');
    const page = await waitFor(async () => h.context.pages().find((p) => p.url().includes('popup/break.html?window=1')), 'the drill window page');
    await expect.poll(() => page.locator('h1').textContent()).toSatisfy((t) => drillNames.includes(t ?? ''));

    await h.sw(async () => {
      const [win] = await chrome.windows.getAll({ windowTypes: ['normal'] });
      await chrome.windows.update(win!.id!, { state: 'minimized' });
    });
    const second = await breakDueIn(h);
    // Handled once the break's reminder is on screen again and the alarm moved on to the next one.
    await waitFor(async () => ((await breakAlarms())[0]?.scheduledTime ?? 0) > second, 'the second alarm to be handled');
    expect(await drillWindows()).toEqual([first]);
  });

  it('popup without a pending break shows the next break and starts one on request', async () => {
    await installed();
    await useSettings(h, ALWAYS_WORKING);
    const page = await h.openPage('src/popup/index.html');
    await expect.poll(() => page.getByTestId('next-break').textContent()).toMatch(/\d{1,2}:\d\d( [AP]M)? in (89|90) minutes/);
    await page.getByRole('button', { name: 'Start a break now' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toSatisfy((t) => drillNames.includes(t ?? ''));
    expect(await page.locator('.steps li').count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Start a break now' }).count()).toBe(1);
  });

  it('options page changes the interval and enabled drills; storage.sync and the alarm follow', async () => {
    await installed();
    await useSettings(h, ALWAYS_WORKING);
    const page = await h.openPage('src/options/index.html');
    const interval = page.getByLabel('Minutes between breaks');
    await interval.fill('5');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('15 to 240');
    await new Promise((r) => setTimeout(r, 800)); // past the save delay: nothing may have been written
    expect((await stored()).settings.intervalMinutes).toBe(90);

    await interval.fill('45');
    await showSection(page, 'exercises');
    await page.getByRole('checkbox', { name: 'Band rows', exact: true }).uncheck();
    await expect.poll(async () => (await stored()).settings?.intervalMinutes).toBe(45);
    const { settings, state } = await stored();
    expect(settings.disabledDrills).toEqual(['band-rows']);
    await expect.poll(async () => (await breakAlarms())[0]?.periodInMinutes).toBe(45);
    const [changed] = await breakAlarms();
    expect(changed!.scheduledTime).toBe(state.lastResetAt + 45 * MINUTE);
    expect(await breakAlarms()).toHaveLength(1);
  });

  it('refuses to save with every drill switched off', async () => {
    const page = await h.openPage('src/options/index.html#exercises');
    for (const name of drillNames) await page.getByRole('checkbox', { name, exact: true }).uncheck();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('at least one drill');
    await new Promise((r) => setTimeout(r, 800)); // past the save delay
    // Switches turned off more than the form's pause apart (a busy machine) may have saved on the
    // way; the last one, which would leave no drill, never is.
    const saved = (await stored()).settings?.disabledDrills ?? [];
    expect(saved.length).toBeLessThan(drillNames.length);
    expect(await page.getByRole('alert').first().textContent()).toContain('at least one drill');
  });
});

describe('error and network detection', () => {
  const reported = (probe: string) => h.errors.some((e) => e.includes(probe));

  it('catches an unhandled promise rejection in a page and in the service worker', async () => {
    const page = await h.openPage('src/popup/index.html');
    await page.evaluate(() => void Promise.reject(new Error('probe rejection in a page')));
    await h.sw(() => void Promise.reject(new Error('probe rejection in the worker')));
    await waitFor(async () => reported('probe rejection in a page') && reported('probe rejection in the worker'), 'both rejections to be reported');
    h.errors.length = 0;
  });

  it('catches a request that leaves the machine, from a page or the service worker', async () => {
    const page = await h.openPage('src/popup/index.html');
    await page.evaluate(() => fetch('http://127.0.0.1:9/never').catch(() => undefined));
    await h.sw(() => fetch('http://127.0.0.1:9/sw').catch(() => undefined));
    await waitFor(async () => h.errors.filter((e) => e.startsWith('network request')).length >= 2, 'both requests to be reported');
    expect(h.errors.join('\n')).toMatch(/network request: GET http:\/\/127\.0\.0\.1:9\/never/);
    h.errors.length = 0;
  });

  it('catches console.error in the service worker and uncaught errors in a page', async () => {
    await h.sw(() => console.error('probe from the service worker'));
    const page = await h.openPage('src/popup/index.html');
    await page.evaluate(() => setTimeout(() => { throw new Error('probe from a page'); }));
    await waitFor(async () => reported('probe from the service worker') && reported('probe from a page'), 'both probes to be reported');
    h.errors.length = 0;
  });

  it('catches an exception thrown synchronously in the service worker, outside any promise', async () => {
    await h.sw(() => void setTimeout(() => { throw new Error('probe sync throw in the worker'); }));
    await waitFor(async () => reported('probe sync throw in the worker'), 'the uncaught exception to be reported');
    expect(h.errors.find((e) => e.includes('probe sync throw'))).toMatch(/^uncaught in service worker: Uncaught Error: probe sync throw in the worker/);
    h.errors.length = 0;
  });

  it('catches console.error and an uncaught exception in the service worker after Chrome restarted it', async () => {
    const page = await h.openPage('src/popup/index.html');
    await h.sw(() => void ((globalThis as any).probeIncarnation = 'before the stop'));
    await stopServiceWorker(h);
    // An alarm, not the test, starts the worker again.
    await page.evaluate(() => chrome.alarms.create('probe-wake', { when: Date.now() + 100 }));
    const cdp = await h.context.newCDPSession(page);
    await waitFor(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker'), 'the worker to start again');
    expect(await h.sw(() => (globalThis as any).probeIncarnation ?? null)).toBeNull(); // a new incarnation, not the old one
    await h.sw(() => {
      console.error('probe console.error after the restart');
      setTimeout(() => { throw new Error('probe throw after the restart'); });
    });
    await waitFor(async () => reported('probe console.error after the restart') && reported('probe throw after the restart'), 'both probes from the restarted worker');
    h.errors.length = 0;
  });

  it('catches an exception and console.error in the toolbar popup Chrome opens, which is no Playwright page', async () => {
    const page = await h.openPage('src/popup/index.html');
    await h.sw(async () => {
      const [win] = await chrome.windows.getAll({ windowTypes: ['normal'] });
      await chrome.action.openPopup({ windowId: win!.id! });
    });
    // An extension page reaches the popup's window directly; the errors are the popup's own.
    await waitFor(() => page.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length === 1), 'the toolbar popup');
    await page.evaluate(() => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0] as Window & typeof globalThis;
      popup.console.error('probe console.error in the popup');
      popup.reportError(new popup.Error('probe throw in the popup'));
    });
    await waitFor(async () => reported('probe console.error in the popup') && reported('probe throw in the popup'), 'both probes from the popup');
    expect(h.context.pages().filter((p) => p.url().includes('/src/popup/'))).toEqual([page]);
    h.errors.length = 0;
  });
});
