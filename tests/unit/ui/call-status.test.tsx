// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { CALL_SITE_IDS, callSiteName } from '../../../src/core/call-sites';
import type { BusyReason } from '../../../src/core/busy';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { initialState, type State } from '../../../src/core/state';
import { IdleView } from '../../../src/popup/IdleView';

// Issue 25, item 2: a break that waits for a call in the browser says which call, in the words
// the other holds use ("Waiting for your call in Google Meet to end").

const NOW = Date.UTC(2026, 2, 2, 10, 40);

function waitingFor(reason: BusyReason): State {
  const since = NOW - 600_000;
  return { ...initialState(NOW - 3_600_000), pending: { drillId: null, dueAt: since, shownAt: since, snoozedUntil: null, held: false, swapped: [], waiting: { reason, since } } };
}
const status = (state: State) => {
  render(<IdleView state={state} settings={DEFAULT_SETTINGS} history={null} now={NOW} onSafety={() => undefined} />);
  return screen.getByTestId('status').textContent;
};

afterEach(cleanup);

describe('the popup while a break waits', () => {
  it('for a call in Google Meet, names the site', () => {
    expect(status(waitingFor('call-google-meet'))).toBe('A break is waiting for your call in Google Meet to end.');
  });

  it.each(CALL_SITE_IDS)('for a call on %s, names that site', (id) => {
    expect(status(waitingFor(`call-${id}`))).toBe(`A break is waiting for your call in ${callSiteName(id)} to end.`);
  });

  it('for sound or a full-screen window, says so as before', () => {
    expect(status(waitingFor('audio'))).toBe('A break is waiting for the sound to stop (a call or a video).');
    cleanup();
    expect(status(waitingFor('fullscreen'))).toBe('A break is waiting for your full-screen window to close.');
  });
});
