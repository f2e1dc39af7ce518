import type { Unsubscribe } from '../platform/storage';

/**
 * A stored value read once and kept current by storage change events. It starts reading and
 * listening the moment it is made, before any view renders, so a page can start its storage round
 * trips while its scripts are still being evaluated and render once, with data. A change that
 * arrives while the first read is in flight wins over that read.
 */
export interface LiveStore<T> {
  /** The value once read, else null. */
  get(): T | null;
  /** Resolves with the first value read. */
  ready: Promise<T>;
  subscribe(listener: (value: T) => void): Unsubscribe;
}

export function liveStore<T>(load: () => Promise<T>, watch: (callback: (value: T) => void) => Unsubscribe): LiveStore<T> {
  let value: T | null = null;
  let changed = false;
  const listeners = new Set<(value: T) => void>();
  watch((next) => {
    changed = true;
    value = next;
    for (const listener of listeners) listener(next);
  });
  const ready = load().then((read) => {
    if (!changed) value = read;
    return value as T;
  });
  return {
    get: () => value,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
