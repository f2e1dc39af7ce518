import { describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, eventPageState, stopEventPage, useSettings } from './extension';
import { expectNoErrors, firefoxForThisFile } from './suite';
import { waitFor } from './wait';

const firefox = firefoxForThisFile({ alwaysWorking: true });

/** Waits until the log holds an entry matching `pattern`, then checks that the harness's own check fails on it. */
async function caught(pattern: RegExp, what: string): Promise<void> {
  const ff = firefox();
  await waitFor(async () => ff.log.errors.some((e) => pattern.test(e)), what);
  expect(() => expectNoErrors(ff)).toThrow(pattern);
  expect(ff.log.errors).toEqual([]);
}

describe('errors in extension contexts fail the test, in Firefox', () => {
  it('a failing handler in the event page', async () => {
    const ff = firefox();
    // The platform refuses to set alarms: the settings handler fails and the event page reports it.
    await ff.ext(async (browser) => {
      const page: any = await browser.runtime.getBackgroundPage();
      page.browser.alarms.create = () => Promise.reject(new Error('provoked: alarms unavailable'));
    });
    await ff.ext((browser, s) => browser.storage.sync.set({ settings: s }), { ...ALWAYS_WORKING, intervalMinutes: 75 });
    await caught(/console\.error: "Desk Reset: settings failed\.".*provoked: alarms unavailable/, 'the event page to report its failure');
    // A fresh event page has the real API again.
    await stopEventPage(ff);
    expect(await eventPageState(ff)).toBe('stopped');
    await useSettings(ff, ALWAYS_WORKING);
  });

  it('an uncaught exception and an unhandled rejection in an extension page', async () => {
    const ff = firefox();
    const tab = await ff.openTab('src/popup/index.html');
    await ff.page(tab, (w) => void w.setTimeout(() => { throw new Error('provoked: uncaught'); }));
    await caught(/JavaScript error: moz-extension:\/\/.*provoked: uncaught/, 'the uncaught exception');
    await ff.page(tab, (w) => void w.Promise.reject(new w.Error('provoked: rejection')));
    await caught(/JavaScript error: moz-extension:\/\/.*provoked: rejection/, 'the unhandled rejection');
    await ff.bidi.send('browsingContext.close', { context: tab });
  });

  it('a console error in the toolbar popup', async () => {
    const ff = firefox();
    await ff.ext((browser) => browser.action.openPopup());
    await waitFor(() => ff.ext((browser) => browser.extension.getViews({ type: 'popup' }).length === 1), 'the toolbar popup');
    await ff.ext((browser) => (browser.extension.getViews({ type: 'popup' })[0] as any).console.error('provoked: in the popup'));
    await caught(/console\.error: "provoked: in the popup"/, 'the popup console error');
    await ff.ext((browser) => browser.extension.getViews({ type: 'popup' })[0]!.close());
  });
});
