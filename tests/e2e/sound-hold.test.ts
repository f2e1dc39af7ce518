import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, breakDueIn, getAlarm, launch, readStorage, useSettings, waitFor, type Harness } from './harness';

// The sound hold in a real browser. Playwright starts headless Chromium muted, and muted it marks
// no tab audible; let it play, and a page playing a tone (very quietly) is a tab "playing sound"
// as Chromium reports it, with the tab update the worker listens for.

let h: Harness;
beforeEach(async () => {
  h = await launch({ sound: true });
  await waitFor(() => getAlarm(h), 'the install alarm');
  await useSettings(h, { ...ALWAYS_WORKING, holdForAudio: true });
});
afterEach(async () => {
  const errors = [...h.errors];
  await h.close();
  expect(errors, 'errors reported by extension contexts').toEqual([]);
});

const audibleTabs = () => h.sw(async () => (await chrome.tabs.query({ audible: true })).length);
const notifications = () => h.sw(() => chrome.notifications.getAll());

describe('a break due while a tab plays sound (the sound hold on)', () => {
  it('waits while the tab plays, and comes when the sound stops', async () => {
    const call = await h.context.newPage();
    await call.goto('about:blank');
    // About -60 dBFS: loud enough for Chromium to call the tab audible, too quiet to hear.
    await call.evaluate(() => {
      const ctx = new AudioContext();
      const tone = ctx.createOscillator();
      const gain = ctx.createGain();
      gain.gain.value = 0.001;
      tone.connect(gain).connect(ctx.destination);
      tone.start();
      (window as unknown as { tone: AudioContext }).tone = ctx;
    });
    await waitFor(async () => ((await audibleTabs()) > 0 ? true : null), 'Chromium to mark the tab audible');

    await breakDueIn(h, 300);
    const waiting = await waitFor(async () => (await readStorage(h)).state?.pending?.waiting, 'the break to wait');
    expect(waiting).toEqual({ reason: 'audio', since: expect.any(Number) });
    expect(await notifications()).toEqual({});
    const popup = await h.openPage('src/popup/index.html');
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('A break is waiting for the sound to stop (a call or a video).');

    // Chromium marks the tab silent about two seconds after the sound stops, and says so in a tab update.
    await call.evaluate(() => (window as unknown as { tone: AudioContext }).tone.suspend());
    await waitFor(async () => ('break' in (await notifications()) ? true : null), 'the break once the sound stopped', 20_000);
    const { state, history } = await readStorage(h);
    expect(state.pending.waiting).toBeNull();
    expect(history).toMatchObject([{ outcome: 'held', dueAt: state.pending.dueAt }]);
  });
});
