import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Gives every test of the file a freshly loaded service worker, its clock frozen at `start()`, as
 * Chrome starts a worker with no memory of earlier events.
 */
export function freshWorkerEach(start: () => number): void {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start());
    vi.resetModules();
    await import('../../src/background/index');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
