import { afterAll, afterEach, beforeAll } from 'vitest';
import { ALWAYS_WORKING, getAlarm, useSettings } from './extension';
import { launch, type Firefox, type LaunchOptions } from './harness';
import { waitFor } from './wait';

/**
 * One Firefox for the tests of a file (a start costs seconds on a loaded machine), with the
 * extension installed and its break alarm set. Each test fails when an extension context reported
 * an error or anything tried to reach the network while it ran; tests leave no order to rely on, so
 * each sets up the settings and state it needs.
 */
export function firefoxForThisFile(options: LaunchOptions & { alwaysWorking?: boolean } = {}): () => Firefox {
  let ff: Firefox | null = null;
  beforeAll(async () => {
    ff = await launch(options);
    await waitFor(() => getAlarm(ff!), 'the install alarm');
    if (options.alwaysWorking) await useSettings(ff, ALWAYS_WORKING);
  });
  afterEach(() => {
    if (ff) expectNoErrors(ff);
  });
  afterAll(async () => {
    const last = ff;
    ff = null;
    await last?.close();
    // Whatever came after the last test, up to the quit, fails the file.
    if (last) expectNoErrors(last);
  });
  return () => {
    if (!ff) throw new Error('Firefox is not running');
    return ff;
  };
}

/** Fails when any error was reported since the last check; the log starts empty again either way. */
export function expectNoErrors(ff: Firefox): void {
  const errors = ff.log.drain();
  if (errors.length > 0) throw new Error(`${errors.length} error(s) reported by extension contexts:\n${errors.join('\n')}`);
}
