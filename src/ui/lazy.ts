import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time a view wants it and keeps it: the popup opens on its small idle
 * view, and the break view and drawings arrive only for a break (from disk, in a few ms).
 */
export function lazy<T>(load: () => Promise<T>): (wanted: boolean) => T | null {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return function useLazy(wanted) {
    const [mod, setMod] = useState<T | null>(loaded);
    useEffect(() => {
      if (mod || !wanted) return;
      pending ??= load().then((m) => (loaded = m));
      void pending.then(setMod);
    }, [mod, wanted]);
    return mod;
  };
}
