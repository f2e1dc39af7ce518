import { useEffect, useState } from 'preact/hooks';

/** A hook that yields a lazily loaded module once it is wanted and loaded; null until then. */
export interface LazyHook<T> {
  (wanted: boolean): T | null;
  /** Starts loading now, before any view asks: for a page that can tell early it will want it. */
  load(): Promise<T>;
}

/**
 * Loads a module the first time a view wants it and keeps it: the popup opens on its small idle
 * view, and the break view and drawings arrive only for a break (from disk, in a few ms).
 */
export function lazy<T>(load: () => Promise<T>): LazyHook<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  const start = () => (pending ??= load().then((m) => (loaded = m)));
  const useLazy = (wanted: boolean) => {
    const [mod, setMod] = useState<T | null>(loaded);
    useEffect(() => {
      if (mod || !wanted) return;
      void start().then(setMod);
    }, [mod, wanted]);
    return mod;
  };
  return Object.assign(useLazy, { load: start });
}
