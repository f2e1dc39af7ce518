import browser from './browser';

export type Unsubscribe = () => void;

/**
 * Calls back with the new value of `key` in `area`; with no key, on any change in the area
 * (managed storage); with a list of keys, once for a change of any of them (no value).
 */
export function watch(area: 'sync' | 'local' | 'managed', key: string | readonly string[] | null, callback: (raw: unknown) => void): Unsubscribe {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== area) return;
    if (key === null) callback(undefined);
    else if (typeof key !== 'string') {
      if (key.some((k) => Object.hasOwn(changes, k))) callback(undefined);
    } else if (changes[key]) callback(changes[key].newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
