import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { WORKER_LOCK } from '../../src/background/queue';
import { fakeIdle, pressShortcut } from './fake-gaps';
import { fire, notes, state } from './worker-events';
import { inTimeZone, useTimeZone } from './tz';

// Some browsers lack an API the worker can do without (Firefox for Android has no windows and no
// commands; Firefox no notification buttons; an embedder may have no idle detection). Each is
// taken away here before the worker starts: the worker starts, a break still comes, and nothing
// is logged as a failure.

useTimeZone('Europe/Berlin');
const t = (hhmm: string) => inTimeZone('Europe/Berlin', () => new Date(`2026-03-02T${hhmm}`).getTime()); // a Monday
const settle = () => navigator.locks.request(WORKER_LOCK, () => undefined);
const BREAK_PAGE = /src\/popup\/break\.html\?window=1$/;

/** Takes `name` away from the fake browser (or one member of it) until the test ends. */
function without(path: string): void {
  const [api, member] = path.split('.') as [string, string | undefined];
  const owner = (member ? (fakeBrowser as any)[api] : fakeBrowser) as Record<string, unknown>;
  const key = member ?? api;
  const saved = owner[key];
  Reflect.deleteProperty(owner, key);
  onTestFinished(() => void (owner[key] = saved));
}

async function startWorker() {
  vi.resetModules();
  await import('../../src/background/index');
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await fakeBrowser.runtime.onStartup.trigger();
  await settle();
}

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(t('09:00'));
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a browser without', () => {
  it('windows: the full-screen hold reads nothing, and the drill opens in a tab', async () => {
    without('windows');
    await startWorker();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create'); // after the welcome's tab
    await fire('break', t('10:30'));
    expect((await state()).pending).toMatchObject({ waiting: null, shownAt: t('10:30') });
    expect(notes().break).toBeDefined();
    expect(tabs).toHaveBeenCalledTimes(1);
    expect(tabs.mock.calls[0]![0]).toEqual({ url: expect.stringMatching(BREAK_PAGE) });
    // A click on the routine's notification opens it the same way.
    await fakeBrowser.notifications.onClicked.trigger('routine-evening');
    expect(tabs.mock.calls[1]![0]).toEqual({ url: expect.stringMatching(/routine=evening$/) });
    expect(errors).not.toHaveBeenCalled();
  });

  it('commands: no shortcut, and the rest as ever', async () => {
    without('commands');
    await startWorker();
    await fire('break', t('10:30'));
    expect((await state()).pending).toMatchObject({ shownAt: t('10:30') });
    expect(notes().break).toBeDefined();
    expect(errors).not.toHaveBeenCalled();
  });

  it('idle detection: the user counts as at the desk', async () => {
    without('idle');
    await startWorker();
    await fire('break', t('10:30'));
    expect((await state()).pending).toMatchObject({ held: false, shownAt: t('10:30') });
    expect(notes().break).toBeDefined();
    expect(errors).not.toHaveBeenCalled();
  });

  it('an idle query that fails: the user counts as at the desk', async () => {
    vi.spyOn(fakeBrowser.idle, 'queryState').mockRejectedValue(new Error('not here'));
    await startWorker();
    await fire('break', t('10:30'));
    expect((await state()).pending).toMatchObject({ held: false, shownAt: t('10:30') });
    expect(errors).not.toHaveBeenCalled();
  });

  it('notification buttons (Firefox): the break’s notification is made without them, at the first try', async () => {
    without('notifications.onButtonClicked');
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await startWorker();
    await fire('break', t('10:30'));
    expect(created).toHaveBeenCalledTimes(1);
    expect(notes().break).toBeDefined();
    expect(notes().break).not.toHaveProperty('buttons');
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('Firefox', () => {
  it('has an onButtonClicked that never fires and refuses buttons: its build asks for none, at the first try', async () => {
    vi.stubEnv('MODE', 'firefox');
    onTestFinished(() => void vi.unstubAllEnvs());
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await startWorker();
    await fire('break', t('10:30'));
    expect(created).toHaveBeenCalledTimes(1);
    expect(notes().break).toBeDefined();
    expect(notes().break).not.toHaveProperty('buttons');
    expect(errors).not.toHaveBeenCalled();
  });

  it('refuses `silent` too: the quiet notification of a break that waited its longest is a plain one', async () => {
    vi.stubEnv('MODE', 'firefox');
    onTestFinished(() => void vi.unstubAllEnvs());
    const { notify } = await import('../../src/platform/notifications');
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await notify('break', 'Time for a desk reset', 'Chin tucks', ['Start'], true);
    expect(created).toHaveBeenCalledTimes(1);
    expect(notes().break).not.toHaveProperty('silent');
  });
});

describe('a browser with all of them', () => {
  it('still uses each: a drill window, the shortcut, idle detection, buttons', async () => {
    const windows = vi.spyOn(fakeBrowser.windows, 'create');
    await startWorker();
    await fire('break', t('10:30'));
    expect(windows.mock.calls[0]![0]).toMatchObject({ type: 'popup', url: expect.stringMatching(BREAK_PAGE) });
    expect(notes().break).toHaveProperty('buttons');
    await fakeBrowser.windows.remove((await state()).drillWindowId);
    await pressShortcut('start-break');
    expect(windows).toHaveBeenCalledTimes(2);
    await fakeIdle.set('locked');
    expect((await state()).awaySince).toBe(t('10:30'));
    expect(errors).not.toHaveBeenCalled();
  });
});
