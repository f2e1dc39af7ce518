import { describe, expect, it } from 'vitest';
import { liveStore } from '../../../src/ui/live-store';

// A page's stored values: read once at the page's start, then kept current by change events.
function source<T>() {
  let emit: (value: T) => void = () => undefined;
  let finish: (value: T) => void = () => undefined;
  const read = new Promise<T>((done) => (finish = done));
  return {
    load: () => read,
    watch: (callback: (value: T) => void) => {
      emit = callback;
      return () => undefined;
    },
    change: (value: T) => emit(value),
    answer: (value: T) => finish(value),
  };
}

describe('liveStore', () => {
  it('holds nothing until the first read answers, then its value', async () => {
    const s = source<number>();
    const store = liveStore(s.load, s.watch);
    expect(store.get()).toBeNull();
    s.answer(1);
    expect(await store.ready).toBe(1);
    expect(store.get()).toBe(1);
  });

  it('a change that arrives while the first read is in flight wins over that read', async () => {
    const s = source<number>();
    const store = liveStore(s.load, s.watch);
    s.change(2);
    s.answer(1);
    expect(await store.ready).toBe(2);
    expect(store.get()).toBe(2);
  });

  it('tells each subscriber of every change until it unsubscribes', async () => {
    const s = source<string>();
    const store = liveStore(s.load, s.watch);
    s.answer('a');
    await store.ready;
    const seen: string[] = [];
    const stop = store.subscribe((v) => seen.push(v));
    const other: string[] = [];
    store.subscribe((v) => other.push(v));
    s.change('b');
    stop();
    s.change('c');
    expect(seen).toEqual(['b']);
    expect(other).toEqual(['b', 'c']);
    expect(store.get()).toBe('c');
  });
});
