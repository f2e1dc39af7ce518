/* global chrome -- the functions passed to evaluate() run inside the extension */
// The worker's side: alarm fired → drill visible, and the service worker's cold start → alarm
// handled, each on the real path (a real alarm, a real stopped worker).

import { SETTINGS } from './data.mjs';
import { EMPTY } from './floors.mjs';

/**
 * Runs in the extension: makes a break fall due `ms` from now as the schedule itself would (the
 * stored timer moves back one interval, the alarm follows), since the worker ignores an alarm its
 * schedule would not have set. Returns the moment.
 */
async function breakDueIn(ms) {
  const when = Date.now() + ms;
  await navigator.locks.request('desk-reset-worker', async () => {
    const { state } = await chrome.storage.local.get('state');
    const { settings } = await chrome.storage.sync.get('settings');
    const interval = settings?.intervalMinutes ?? 90;
    await chrome.storage.local.set({ state: { ...state, lastResetAt: when - interval * 60_000, nextBreakAt: when } });
    await chrome.alarms.create('break', { when, periodInMinutes: interval });
  });
  return when;
}

/** The two break measures; `page` is a tab of the extension's. */
export async function measureBreaks(context, page, id) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Alarm fired to drill visible: the real path, a compact window when no browser window is focused.
  // "Fired" is when the alarm event reaches the worker (a listener of the bench's own stamps it),
  // "visible" the content-ready mark of the drill window, both on the wall clock.
  // The bench's own tab leaves the break page; it is no part of a user's screen when a break comes.
  const alarmToDrill = async () => {
    await page.evaluate((settings) => chrome.storage.sync.set({ settings }), SETTINGS);
    await page.goto(`chrome-extension://${id}/${EMPTY}`);
    const drillLatency = [];
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }).catch(() => undefined));
      const live = context.serviceWorkers().at(-1) ?? worker;
      await live.evaluate(async () => {
        globalThis.benchFiredAt = null;
        if (!globalThis.benchListening) chrome.alarms.onAlarm.addListener((a) => { if (a.name === 'break') globalThis.benchFiredAt = Date.now(); });
        globalThis.benchListening = true;
        for (const w of await chrome.windows.getAll({ windowTypes: ['normal'] })) await chrome.windows.update(w.id, { state: 'minimized' });
      });
      await live.evaluate(`(${breakDueIn})(400)`);
      const win = await context.waitForEvent('page', { predicate: (p) => p.url().includes('window=1'), timeout: 10_000 });
      await win.waitForSelector('#drill-name');
      const visible = await win.evaluate(() => performance.timeOrigin + performance.getEntriesByName('content-ready')[0].startTime);
      const fired = await live.evaluate(() => globalThis.benchFiredAt);
      if (typeof fired !== 'number') throw new Error('the bench saw no alarm event in the worker');
      drillLatency.push(Math.round(visible - fired));
      await win.close();
    }
    return drillLatency;
  };

  // Service-worker cold start to handling an alarm: stop the worker, let an alarm wake it, and
  // read the time its handler stamped on the break it put on screen. A sample counts only if the
  // worker really was cold: its target gone after the stop, and a mark left in its memory before
  // the stop gone after the alarm (a warm worker would still hold it). Others are discarded.
  const cdpPage = await context.newPage();
  const cdp = await context.newCDPSession(cdpPage);
  await cdp.send('ServiceWorker.enable');
  const workerRunning = async () => (await cdp.send('Target.getTargets')).targetInfos.some((x) => x.type === 'service_worker');
  const liveWorker = () => context.serviceWorkers().at(-1) ?? worker;
  const within = (promise, ms) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);
  const coldStarts = async () => {
    const coldStart = [];
    const discarded = [];
    for (let attempt = 0; coldStart.length < 10 && attempt < 20; attempt++) {
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'finish', outcome: 'skipped' }));
      await page.evaluate((settings) => chrome.storage.sync.set({ settings: { ...settings, openDrillAutomatically: false } }), SETTINGS);
      await page.waitForTimeout(300);
      // The break is set up before the stop, so nothing but its alarm can wake the stopped worker.
      const due = await page.evaluate(`(${breakDueIn})(4000)`);
      await page.waitForTimeout(300);
      await liveWorker().evaluate(() => void (globalThis.benchWarmMark = true));
      await cdp.send('ServiceWorker.stopAllWorkers');
      let running = true;
      for (let t = 0; t < 60 && (running = await workerRunning()); t++) await page.waitForTimeout(50);
      if (running || Date.now() > due - 200) {
        discarded.push(`sample ${attempt + 1}: the worker was not stopped well before the alarm`);
        await page.waitForTimeout(Math.max(0, due - Date.now() + 500));
        continue;
      }
      const shownAt = await page.evaluate(() => new Promise((done) => {
        const look = async () => {
          const { state } = await chrome.storage.local.get('state');
          if (state?.pending?.shownAt) done(state.pending.shownAt);
          else setTimeout(look, 20);
        };
        look();
      }));
      const warm = await within(liveWorker().evaluate(() => globalThis.benchWarmMark === true), 5000).catch((error) => error);
      if (warm !== false) {
        discarded.push(`sample ${attempt + 1}: ${warm === true ? 'the alarm was handled by the worker that should have stopped' : `could not check the worker (${warm.message})`}`);
        continue;
      }
      coldStart.push(shownAt - due);
    }
    for (const reason of discarded) console.warn(`cold start: discarded ${reason}`);
    if (!coldStart.length) throw new Error('No cold-start sample: the service worker never stopped.');
    return { coldStart, discarded };
  };

  const drillLatency = await alarmToDrill();
  const { coldStart, discarded } = await coldStarts();
  await cdp.detach();
  await cdpPage.close();
  return { drillLatency, coldStart, discarded };
}
