// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings, type SettingsKey } from '../../../src/core/settings';
import { loadSettings } from '../../../src/platform/storage';
import { REFILL_MS } from '../../../src/core/pace';
import { SAVE_DELAY_MS } from '../../../src/options/autosave';
import type * as FormModule from '../../../src/options/SettingsForm';
import { fakeTimerPages } from './fake-timer-page';

// Issue 25: "Hold breaks during calls" asks the browser for the meeting sites from the click that
// turns it on, saves it only once allowed, says why it stays off when refused, and shows off
// whenever the permission is gone (taken back on the browser's extensions page).

const sites = vi.hoisted(() => {
  let listener: ((granted: boolean) => void) | null = null;
  return {
    /** Whether the browser has the sites allowed now. */
    granted: false,
    /** Whether the test is inside the dispatch of the user's click. */
    inClick: false,
    /** For each request: whether it was made within the click, before anything was awaited. */
    requests: [] as boolean[],
    /** The answer the user gives the browser's prompt. */
    answer: (): Promise<boolean> => Promise.resolve(false),
    change(granted: boolean) {
      this.granted = granted;
      listener?.(granted);
    },
    set listener(l: ((granted: boolean) => void) | null) {
      listener = l;
    },
    get listening() {
      return listener !== null;
    },
  };
});
vi.mock('../../../src/platform/call-sites', () => ({
  hasCallSites: () => Promise.resolve(sites.granted),
  requestCallSites: () => {
    sites.requests.push(sites.inClick);
    return sites.answer().then((yes) => {
      if (yes) sites.granted = true;
      return yes;
    });
  },
  onCallSitesChanged: (callback: (granted: boolean) => void) => {
    sites.listener = callback;
    return () => {
      sites.listener = null;
    };
  },
}));

const LABEL = 'Hold breaks during calls in Google Meet, Zoom, Teams, Webex, Jitsi Meet and Whereby';
const REFUSED = 'Desk Reset needs your permission to see which of these sites’ tabs are in a call; without it breaks are not held for calls.';

let SettingsForm: typeof FormModule.SettingsForm;
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
/** The user answers the browser's prompt (a render of its own), then the form's pause and the write pace pass. */
async function settle() {
  await advance(0);
  await advance(SAVE_DELAY_MS + REFILL_MS);
}
const calls = () => screen.getByRole('checkbox', { name: LABEL }) as HTMLInputElement;
const refusal = () => document.getElementById('hold-calls-refused')?.textContent ?? null;

async function show(stored: Settings = DEFAULT_SETTINGS, locked: SettingsKey[] = []) {
  await fakeBrowser.storage.sync.set({ settings: toStored(stored) });
  render(<SettingsForm section="behaviour" stored={stored} state={null} locked={new Set(locked)} />);
  // The browser's answer about the sites.
  await advance(0);
}
function click() {
  sites.inClick = true;
  try {
    fireEvent.click(calls());
  } finally {
    sites.inClick = false;
  }
}

beforeEach(async () => {
  vi.useFakeTimers();
  Object.assign(sites, { granted: false, inClick: false, requests: [], answer: () => Promise.resolve(false) });
  vi.resetModules();
  ({ SettingsForm } = await import('../../../src/options/SettingsForm'));
});
fakeTimerPages();

describe('holding breaks during calls', { timeout: 20_000 }, () => {
  it('is off by default, beside the sound hold, and says what the permission allows', async () => {
    await show();
    expect(calls().checked).toBe(false);
    expect(calls().closest('fieldset')!.querySelector('legend')!.textContent).toBe('Meetings and presentations');
    expect(calls().getAttribute('aria-describedby')).toBe('hold-calls-hint');
    expect(document.getElementById('hold-calls-hint')!.textContent).toBe(
      'Turning this on asks your browser to let Desk Reset see the addresses of these sites’ tabs, and only those: no page content is read, and nothing leaves your computer.',
    );
    expect(sites.requests).toEqual([]);
  });

  it('turning it on asks the browser within the click, and saves it once allowed', async () => {
    await show();
    sites.answer = () => Promise.resolve(true);
    click();
    expect(sites.requests).toEqual([true]);
    // Until the user answers, it is not on.
    expect(calls().checked).toBe(false);
    await settle();
    expect(calls().checked).toBe(true);
    expect(refusal()).toBeNull();
    expect((await loadSettings()).holdForCalls).toBe(true);
  });

  it('refused, it stays off, is not saved, and says why', async () => {
    await show();
    click();
    expect(sites.requests).toEqual([true]);
    await settle();
    expect(calls().checked).toBe(false);
    expect(refusal()).toBe(REFUSED);
    expect(calls().getAttribute('aria-describedby')).toBe('hold-calls-hint hold-calls-refused');
    expect((await loadSettings()).holdForCalls).toBe(false);
    // Asked again and allowed, the line goes.
    sites.answer = () => Promise.resolve(true);
    click();
    await settle();
    expect(sites.requests).toEqual([true, true]);
    expect(refusal()).toBeNull();
    expect((await loadSettings()).holdForCalls).toBe(true);
  });

  it('a request that fails is no permission: off, not saved, with the same line', async () => {
    await show();
    sites.answer = () => Promise.reject(new Error('the prompt could not be shown'));
    click();
    await settle();
    expect(calls().checked).toBe(false);
    expect(refusal()).toBe(REFUSED);
    expect((await loadSettings()).holdForCalls).toBe(false);
  });

  it('shows on only while the setting and the permission are; taken back, it shows off at once, and comes back with it', async () => {
    sites.granted = true;
    await show({ ...DEFAULT_SETTINGS, holdForCalls: true });
    expect(calls().checked).toBe(true);
    expect(sites.listening).toBe(true);
    await act(() => sites.change(false));
    expect(calls().checked).toBe(false);
    await act(() => sites.change(true));
    expect(calls().checked).toBe(true);
  });

  it('saved on but without the permission (another computer, a permission taken back), it shows off', async () => {
    await show({ ...DEFAULT_SETTINGS, holdForCalls: true });
    expect(calls().checked).toBe(false);
  });

  it('turning it off saves off and asks nothing', async () => {
    sites.granted = true;
    await show({ ...DEFAULT_SETTINGS, holdForCalls: true });
    click();
    await settle();
    expect(calls().checked).toBe(false);
    expect(sites.requests).toEqual([]);
    expect((await loadSettings()).holdForCalls).toBe(false);
  });

  it('locked by the organisation, it is disabled and says so', async () => {
    sites.granted = true;
    await show({ ...DEFAULT_SETTINGS, holdForCalls: true }, ['holdForCalls']);
    expect([calls().checked, calls().disabled]).toEqual([true, true]);
    expect(calls().getAttribute('aria-describedby')).toBe('hold-calls-hint hold-calls-locked');
    expect(document.getElementById('hold-calls-locked')!.textContent).toBe('Set by your organisation.');
  });

  it('leaves the page without listening for the permission any more', async () => {
    await show();
    expect(sites.listening).toBe(true);
    cleanup();
    expect(sites.listening).toBe(false);
  });
});
