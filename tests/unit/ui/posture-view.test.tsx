// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { postureText } from '../../../src/core/posture-content';
import { POSTURE_KINDS, type PostureKind } from '../../../src/core/posture-kinds';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../../src/core/settings';
import { english } from '../../english';

// A click on a posture reset's notification opens the popup page at ?posture=<kind>: the page
// shows that reset alone, with its figure and a way to close the window.

const NOW = Date.now();
let app: HTMLElement;

/** Opens the popup page as the worker's window would, at `query`, with these settings stored. */
async function openPage(query: string, settings: Partial<Settings> = {}): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, ...settings }) });
  history.replaceState(null, '', `/src/popup/break.html?window=1&${query}`);
  vi.resetModules();
  await import('../../../src/popup/main');
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
});
afterEach(() => {
  preactRender(null, app);
  // The page's stores hold this test's storage: a file after this one imports its views afresh.
  vi.resetModules();
  app.remove();
  history.replaceState(null, '', '/');
  document.documentElement.classList.remove('in-window');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the posture reset view', () => {
  it.each(POSTURE_KINDS.map((k) => [k] as const))('?posture=%s shows that reset: title, cue, figure and the way out', async (kind: PostureKind) => {
    await openPage(`posture=${kind}`);
    const { title, cue } = postureText(kind, DEFAULT_SETTINGS, english);
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    expect(screen.getByText('Posture reset')).toBeTruthy();
    expect(screen.getByTestId('posture-cue').textContent).toBe(cue);
    const figure = screen.getByRole('img', { name: `${title}: the movement, drawn` });
    expect(figure.getAttribute('width')).toBe('160');
    expect(figure.getAttribute('height')).toBe('160');
    expect(figure.querySelectorAll('path').length).toBeGreaterThan(3);
    // Opened by a click elsewhere: the focus starts at the reset's name, for a screen reader to read on.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('article', { name: title })).toBeTruthy();
    expect(screen.getByText(/stop if anything hurts/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Next break' })).toBeNull();
  });

  it('a sit-stand prompt says the lengths the user set', async () => {
    await openPage('posture=stand-up', { sitStand: true, sitMinutes: 25, standMinutes: 12, moveMinutes: 3 });
    await screen.findByRole('heading', { level: 1, name: 'Time to stand' });
    expect(screen.getByTestId('posture-cue').textContent).toContain('about 12 minutes');
    expect(screen.getByText(/25 min sitting, 12 min standing, 3 min moving/)).toBeTruthy();
  });

  it('a rotating reset says how often resets come', async () => {
    await openPage('posture=belly-breaths', { postureResets: true, postureMinutes: 40 });
    await screen.findByRole('heading', { level: 1, name: 'Three slow belly breaths' });
    expect(screen.getByText(/every 40 minutes between your drills/)).toBeTruthy();
  });

  it('Done closes the window, and so does Escape', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await openPage('posture=chin-tucks');
    const article = await screen.findByRole('article', { name: 'Three chin tucks' });
    // Once the view has settled (the focus moved to its heading), the keys are listened to.
    await waitFor(() => expect(document.activeElement?.id).toBe('posture-title'));
    fireEvent.click(within(article).getByRole('button', { name: 'Done' }));
    expect(close).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(close).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(close).toHaveBeenCalledTimes(2);
  });

  it.each(['nap', '', 'constructor', 'CHIN-TUCKS'])('an unknown kind (%j) gets the popup\'s usual view', async (asked) => {
    await openPage(`posture=${asked}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Next break' })).toBeTruthy();
    expect(screen.queryByText('Posture reset')).toBeNull();
  });

  it('without a posture in the address, the popup is the usual one', async () => {
    await openPage('other=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Next break' })).toBeTruthy();
  });
});
