// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { POSTURE_SEEN_KEY } from '../../../src/platform/posture-seen';
import { saveWelcome } from '../../../src/platform/welcome';
import { FirstReadsContext, startFirstReads, type FirstReads } from '../../../src/options/first-reads';
import { PostureProgress } from '../../../src/options/PostureProgress';
import { WelcomeLink } from '../../../src/options/WelcomeLink';

// Issue 27: the settings page starts its reads before it renders and renders once, when all have
// answered; each view then draws with its value in that first render, not a render later.

const NOW = new Date('2026-03-10T12:00').getTime();
const link = () => screen.getByTestId('welcome-link').textContent;

async function started(): Promise<FirstReads> {
  const reads = startFirstReads();
  await Promise.all(Object.values(reads).map((r) => r.ready));
  return reads;
}

afterEach(cleanup);

describe("the settings page's first reads", () => {
  it('a view given the reads draws their values in its first render', async () => {
    await saveWelcome({ step: 'hours', finishedAt: null });
    await fakeBrowser.storage.local.set({ [POSTURE_SEEN_KEY]: { days: { '2026-03-10': 3 } } });
    const reads = await started();
    render(
      <FirstReadsContext.Provider value={reads}>
        <WelcomeLink />
        <PostureProgress on now={NOW} locale="en-US" />
      </FirstReadsContext.Provider>,
    );
    // Checked before anything the render started could finish.
    expect(link()).toBe('Finish setting up: the welcome');
    expect(screen.getByTestId('posture-totals').textContent).toContain('3');
  });

  it('a view drawn alone reads for itself, so its first render has no value yet', async () => {
    await saveWelcome({ step: 'hours', finishedAt: null });
    render(<WelcomeLink />);
    expect(link()).toBe('Go through the welcome again');
    await waitFor(() => expect(link()).toBe('Finish setting up: the welcome'));
  });

  it('the reads stay live: a change after they answered is drawn', async () => {
    await saveWelcome({ step: 'hours', finishedAt: null });
    const reads = await started();
    render(
      <FirstReadsContext.Provider value={reads}>
        <WelcomeLink />
      </FirstReadsContext.Provider>,
    );
    await act(() => saveWelcome({ step: 'ready', finishedAt: NOW }));
    await waitFor(() => expect(link()).toBe('Go through the welcome again'));
  });
});
