import { describe, expect, it, vi } from 'vitest';
import { handle, WORKER_LOCK } from '../../src/background/queue';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('the worker queue', () => {
  it('runs handlers one at a time, in the order they arrived', async () => {
    const log: string[] = [];
    const first = deferred();
    const a = handle('a', async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
    });
    const b = handle('b', async () => void log.push('b'));
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    first.resolve();
    await Promise.all([a, b]);
    expect(log).toEqual(['a starts', 'a ends', 'b']);
  });

  it('lets anything in the worker wait for the queue to drain by asking for its lock', async () => {
    const gate = deferred();
    let done = false;
    void handle('slow', async () => {
      await gate.promise;
      done = true;
    });
    const drained = navigator.locks.request(WORKER_LOCK, () => done);
    gate.resolve();
    expect(await drained).toBe(true);
  });

  it('reports a failure in the console with its scope, and the next handler still runs', async () => {
    const error = new Error('storage gone');
    const console_ = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const failed = handle('alarm break', () => Promise.reject(error));
      const next = vi.fn(async () => 'ignored');
      await expect(failed).resolves.toBeUndefined();
      await expect(handle('next', next)).resolves.toBeUndefined();
      expect(next).toHaveBeenCalledOnce();
      expect(console_).toHaveBeenCalledExactlyOnceWith('Desk Reset: alarm break failed.', error);
    } finally {
      console_.mockRestore();
    }
  });
});
