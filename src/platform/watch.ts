import browser from './browser';

export type Unsubscribe = () => void;

/** Calls back with the new value of `key` in `area`; with no key, on any change in the area (managed storage). */
export function watch(area: 'sync' | 'local' | 'managed', key: string | null, callback: (raw: unknown) => void): Unsubscribe {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== area) return;
    if (key === null) callback(undefined);
    else if (changes[key]) callback(changes[key].newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
