import { AsyncLocalStorage } from 'node:async_hooks';
import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

// Computers sharing one storage.sync: each has its own storage.local and its own copy of sync.
// A write to sync applies at once on the computer that made it and reaches the others after
// `delayMs`, key by key, the later write winning, as Chrome's sync settles a clash. Code runs "on"
// a computer inside `on(machine, work)`: the fake browser's storage calls made by that work (and
// everything it awaits) go to that computer's areas; storage.onChanged listeners added there hear
// only that computer's changes.

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

export interface Machine {
  name: string;
  local: Map<string, unknown>;
  sync: Map<string, unknown>;
  /** When each sync key was last written, by any computer: the later write wins. */
  written: Map<string, number>;
  listeners: Set<Listener>;
}

const current = new AsyncLocalStorage<Machine>();
let order = 0;

export const on = <T>(machine: Machine, work: () => Promise<T>): Promise<T> => current.run(machine, work);

function here(): Machine {
  const machine = current.getStore();
  if (!machine) throw new Error('storage used outside any machine');
  return machine;
}

function pick(area: Map<string, unknown>, keys: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (keys === null || keys === undefined) for (const [key, value] of area) out[key] = structuredClone(value);
  else if (typeof keys === 'string' || Array.isArray(keys)) {
    for (const key of [keys].flat() as string[]) if (area.has(key)) out[key] = structuredClone(area.get(key));
  } else for (const [key, fallback] of Object.entries(keys as object)) out[key] = area.has(key) ? structuredClone(area.get(key)) : fallback;
  return out;
}

function apply(machine: Machine, area: 'local' | 'sync', items: Record<string, unknown | undefined>, at: number): void {
  const changes: Changes = {};
  const map = machine[area];
  for (const [key, value] of Object.entries(items)) {
    if (area === 'sync') {
      if ((machine.written.get(key) ?? -1) > at) continue;
      machine.written.set(key, at);
    }
    changes[key] = { oldValue: map.get(key), newValue: value };
    if (value === undefined) map.delete(key);
    else map.set(key, structuredClone(value));
  }
  if (Object.keys(changes).length > 0) for (const listener of machine.listeners) listener(changes, area);
}

/** Computers sharing sync, with storage routed to whichever one the calling code runs on. */
export function machines(names: string[], delayMs: number): Machine[] {
  const all = names.map((name): Machine => ({ name, local: new Map(), sync: new Map(), written: new Map(), listeners: new Set() }));
  const syncWrite = (items: Record<string, unknown | undefined>) => {
    const from = here();
    const at = ++order;
    apply(from, 'sync', items, at);
    for (const other of all) if (other !== from) setTimeout(() => apply(other, 'sync', items, at), delayMs);
  };
  const { sync, local, onChanged } = fakeBrowser.storage;
  vi.spyOn(sync, 'get').mockImplementation(async (keys?: unknown) => pick(here().sync, keys) as never);
  vi.spyOn(sync, 'set').mockImplementation(async (items) => syncWrite(items as Record<string, unknown>));
  vi.spyOn(sync, 'remove').mockImplementation(async (keys) => syncWrite(Object.fromEntries([keys].flat().map((key) => [key, undefined]))));
  vi.spyOn(local, 'get').mockImplementation(async (keys?: unknown) => pick(here().local, keys) as never);
  vi.spyOn(local, 'set').mockImplementation(async (items) => apply(here(), 'local', items as Record<string, unknown>, 0));
  vi.spyOn(local, 'remove').mockImplementation(async (keys) => apply(here(), 'local', Object.fromEntries([keys].flat().map((key) => [key, undefined])), 0));
  vi.spyOn(onChanged, 'addListener').mockImplementation((listener) => void here().listeners.add(listener as Listener));
  vi.spyOn(onChanged, 'removeListener').mockImplementation((listener) => all.forEach((machine) => machine.listeners.delete(listener as Listener)));
  return all;
}
