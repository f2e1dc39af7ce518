import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { hasCallSites, onCallSitesChanged } from '../platform/call-sites';
import { loadPostureSeen, onPostureSeenChanged } from '../platform/posture-seen';
import { loadRoutineStrength } from '../platform/routine-strength';
import type { Unsubscribe } from '../platform/storage';
import { loadWelcome, onWelcomeChanged } from '../platform/welcome';
import { useStore } from '../ui/hooks';
import { liveStore, type LiveStore } from '../ui/live-store';

// The settings page's smaller reads, each of which one view draws from. The page starts them with
// its other storage reads and renders once all have answered, so each view draws with its value
// at once instead of reading it after the first render and drawing a second time.

type Watch<T> = (callback: (value: T) => void) => Unsubscribe;
const read = <T>(load: () => Promise<T>, watch: Watch<T>) => ({ load, watch });

const READS = {
  welcome: read(loadWelcome, onWelcomeChanged),
  // Read once with the page: a routine is done in a window of its own.
  routineStrength: read(loadRoutineStrength, () => () => undefined),
  postureSeen: read(loadPostureSeen, (callback) => onPostureSeenChanged(() => void loadPostureSeen().then(callback))),
  // Off when the browser cannot tell: nothing is held without the permission.
  callSites: read(() => hasCallSites().catch(() => false), onCallSitesChanged),
};

type Key = keyof typeof READS;
type Value<K extends Key> = Awaited<ReturnType<(typeof READS)[K]['load']>>;
export type FirstReads = { [K in Key]: LiveStore<Value<K>> };

/** A store for one read, and how to stop it listening for changes. */
function start<K extends Key>(key: K): { store: LiveStore<Value<K>>; stop: Unsubscribe } {
  const { load, watch } = READS[key] as unknown as { load: () => Promise<Value<K>>; watch: Watch<Value<K>> };
  let stop: Unsubscribe = () => undefined;
  const store = liveStore(load, (callback) => (stop = watch(callback)));
  return { store, stop: () => stop() };
}

/** Starts every read: a page calls it at its top, before it renders, and keeps them while it is open. */
export function startFirstReads(): FirstReads {
  return { welcome: start('welcome').store, routineStrength: start('routineStrength').store, postureSeen: start('postureSeen').store, callSites: start('callSites').store };
}

/** The reads a page started; a view drawn without them (alone, in a test) starts its own. */
export const FirstReadsContext = createContext<Partial<FirstReads>>({});

/** One of the page's reads, kept live; null until it has answered. */
export function useFirstRead<K extends Key>(key: K): Value<K> | null {
  const started = useContext(FirstReadsContext)[key] as LiveStore<Value<K>> | undefined;
  // A view's own read stops listening when the view goes; the page's stays with the page.
  const [own] = useState(() => (started ? null : start(key)));
  useEffect(() => own?.stop, []);
  return useStore(started ?? own!.store);
}
