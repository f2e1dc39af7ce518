import { afterAll, afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';

/**
 * For a file whose pages run on fake timers and are imported afresh in each test: after each, the
 * page goes and its pending saves run out (twice: a save may set one more timer); after the file,
 * the module registry starts afresh, so the files after it import the pages with their own fakes.
 */
export function fakeTimerPages(): void {
  afterEach(async () => {
    cleanup();
    await vi.runOnlyPendingTimersAsync();
    await vi.runOnlyPendingTimersAsync();
    vi.useRealTimers();
  });
  afterAll(() => vi.resetModules());
}
