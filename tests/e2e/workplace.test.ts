import { afterEach, describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, breakDueIn, eachTestInFreshChromium, getAlarm, launch, readStorage, waitFor, type Harness } from './harness';
import { launchWithPolicy, type PolicyLaunch } from './policy';

// Made for the workplace: breaks that wait for a presentation or a meeting, and defaults an
// organisation sets by policy. In real Chromium, the extension as built.

/** Where the drill is on screen, if anywhere: the toolbar popup or a window of its own. */
const drillSurfaces = (h: Harness) =>
  h.sw(async () => {
    const contexts = await chrome.runtime.getContexts({});
    const popups = contexts.filter((c) => c.contextType === ('POPUP' as chrome.runtime.ContextType)).length;
    const windows = (await chrome.windows.getAll({ windowTypes: ['popup'] })).length;
    return { popups, windows };
  });
const setFullscreen = (h: Harness, on: boolean) =>
  h.sw(async (state: chrome.windows.WindowState) => {
    const [main] = await chrome.windows.getAll({ windowTypes: ['normal'] });
    await chrome.windows.update(main!.id!, { state });
    return (await chrome.windows.get(main!.id!)).state;
  }, (on ? 'fullscreen' : 'normal') as chrome.windows.WindowState);

describe('breaks wait for a presentation or a meeting', () => {
  let h: Harness;
  eachTestInFreshChromium((fresh) => (h = fresh), { alwaysWorking: true });

  it('a break due while a window is full screen waits, with no drill and no notification, and comes when full screen ends', async () => {
    // A page of the extension open beforehand: it will say why the break waits.
    const popup = await h.openPage('src/popup/index.html');
    await popup.getByTestId('status').waitFor();
    expect(await setFullscreen(h, true)).toBe('fullscreen');
    const due = await breakDueIn(h, 300);
    const waiting = await waitFor(async () => (await readStorage(h)).state?.pending?.waiting, 'the break to wait');
    expect(waiting).toEqual({ reason: 'fullscreen', since: expect.any(Number) });
    expect(waiting.since).toBeGreaterThanOrEqual(due);
    // Only while a break waits: a look each minute.
    expect(await getAlarm(h, 'hold-check')).toMatchObject({ periodInMinutes: 1 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await drillSurfaces(h)).toEqual({ popups: 0, windows: 0 });
    expect(await h.sw(() => chrome.notifications.getAll())).toEqual({});

    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('A break is waiting for your full-screen window to close.');

    expect(await setFullscreen(h, false)).toBe('normal');
    // Chromium says so at once (windows.onBoundsChanged); the minute check is the fallback.
    await waitFor(async () => ('break' in (await h.sw(() => chrome.notifications.getAll())) ? true : null), 'the break notification', 60_000);
    const shown = await drillSurfaces(h);
    expect(shown.popups + shown.windows).toBe(1);
    const { history, state } = await readStorage(h);
    expect(state.pending.waiting).toBeNull();
    expect(history).toMatchObject([{ outcome: 'held', dueAt: state.pending.dueAt, shownAt: state.pending.shownAt }]);
    expect(await getAlarm(h, 'hold-check')).toBeNull();
  });

  it('"I’m in a meeting" in the popup holds the break without pausing; "It’s over" brings it', async () => {
    const popup = await h.openPage('src/popup/index.html');
    await popup.getByRole('group', { name: 'I’m in a meeting:' }).getByRole('button', { name: '30 min' }).click();
    await expect.poll(async () => (await readStorage(h)).state?.meetingUntil).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect((await readStorage(h)).state.pause).toBeNull();
    await expect.poll(() => popup.getByTestId('meeting').textContent()).toMatch(/^In a meeting until .+: breaks wait for you\. It’s over$/);

    await breakDueIn(h, 300);
    await waitFor(async () => (await readStorage(h)).state?.pending?.waiting?.reason === 'meeting' || null, 'the break to wait for the meeting');
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/^A break is waiting for your meeting to end at .+\.$/);
    expect(await h.sw(() => chrome.notifications.getAll())).toEqual({});

    await popup.getByRole('button', { name: 'It’s over' }).click();
    // The break comes at once: here in the popup, and as the notification.
    await popup.locator('#drill-name').waitFor();
    await waitFor(async () => ('break' in (await h.sw(() => chrome.notifications.getAll())) ? true : null), 'the break notification');
    expect((await readStorage(h)).history).toMatchObject([{ outcome: 'held' }]);
  });

  it('the settings page turns holding on and off, and sets the longest wait', async () => {
    const page = await h.openPage('src/options/index.html#behaviour');
    await page.getByLabel('Hold breaks while a tab plays sound (a call or a video, but music too)').check();
    await page.getByLabel('Hold breaks while a browser window is full screen (slides, a film)').uncheck();
    await page.getByLabel('Longest a break waits (minutes)').fill('30');
    await expect.poll(async () => {
      const s = (await readStorage(h)).settings;
      return [s.holdForAudio, s.holdForFullscreen, s.holdCapMinutes];
    }).toEqual([true, false, 30]);
    await page.getByLabel('Longest a break waits (minutes)').fill('500');
    await expect.poll(() => page.locator('#hold-cap-error').textContent()).toBe('Choose a value from 5 to 240 minutes.');
    expect((await readStorage(h)).settings.holdCapMinutes).toBe(30);
  });
});

describe('defaults an organisation sets by policy', () => {
  let h: Harness | null = null;
  let policy: PolicyLaunch | null = null;
  afterEach(async () => {
    const errors = [...(h?.errors ?? [])];
    await h?.close();
    policy?.cleanup();
    h = policy = null;
    expect(errors, 'errors reported by extension contexts').toEqual([]);
  });

  it('a policy set as an administrator would: its values are the defaults, a locked field is disabled and says so', async () => {
    policy = launchWithPolicy({ ...ALWAYS_WORKING_POLICY, intervalMinutes: 60, idleMinutes: 7, locked: ['intervalMinutes', 'workDays'] });
    h = await launch(policy.options);
    expect(h.extensionId).toBe(policy.extensionId);
    // Chromium reads the policy a moment after it starts; the schedule follows.
    await waitFor(async () => ((await getAlarm(h!))?.periodInMinutes === 60 ? true : null), 'the break alarm at the policy interval', 20_000);
    // Its first answer comes seconds late: kept, so the next start need not wait for it.
    expect((await readStorage(h)).policyLastRead).toMatchObject({ intervalMinutes: 60, idleMinutes: 7, locked: ['intervalMinutes', 'workDays'] });

    const options = await h.openPage('src/options/index.html');
    const interval = options.getByLabel('Minutes between breaks');
    await expect.poll(() => interval.inputValue()).toBe('60');
    expect(await interval.isDisabled()).toBe(true);
    expect(await options.locator('#interval-locked').textContent()).toBe('Set by your organisation.');
    expect(await interval.getAttribute('aria-describedby')).toContain('interval-locked');
    expect(await options.getByRole('checkbox', { name: 'Monday' }).isDisabled()).toBe(true);
    // A default the organisation did not lock is the user's to change.
    const idle = options.getByLabel('Away this many minutes counts as a break');
    expect(await idle.inputValue()).toBe('7');
    await idle.fill('9');
    await expect.poll(async () => (await readStorage(h!)).settings?.idleMinutes).toBe(9);
    expect((await readStorage(h!)).settings.intervalMinutes).toBeUndefined();

    // The welcome shows the same.
    const welcome = h.context.pages().find((p) => p.url().endsWith('/src/welcome/index.html'))!;
    await welcome.getByRole('button', { name: 'Not now' }).click();
    expect(await welcome.getByLabel('Minutes between breaks').isDisabled()).toBe(true);
    expect(await welcome.getByRole('button', { name: '45 min' }).isDisabled()).toBe(true);
    expect(await welcome.locator('#interval-locked').textContent()).toBe('Set by your organisation.');
  });
});

/** Working hours all day long, so the policy test does not depend on the clock. */
const ALWAYS_WORKING_POLICY = { workDays: ALWAYS_WORKING.workDays, workHours: ALWAYS_WORKING.workHours };
