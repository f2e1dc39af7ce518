import { fakeBrowser } from '@webext-core/fake-browser';
import type { OwnDrill } from '../../src/core/own-drill';
import type { ProgramDrill } from '../../src/core/program';

// Drills and pictures for the program file's tests: a physiotherapist's two drills, and pictures
// as data URLs whose bytes begin as the type they name (or do not).

export const yRaise: OwnDrill = {
  id: 'own-a',
  name: 'Prone Y raise',
  purpose: 'Lower trapezius',
  steps: ['Lie face down, arms in a Y.', 'Lift both arms, thumbs up.', 'Lower slowly.'],
  cue: 'Shoulder blades down',
  mistake: 'Shrugging',
  category: 'strength',
  equipment: ['none'],
  position: 'floor',
  dose: { kind: 'reps', reps: 10, sets: 2, perSide: false, tempo: [{ phase: 'raise', seconds: 2 }, { phase: 'lower', seconds: 3 }] },
  figure: null,
  routines: [],
  levels: true,
  picture: null,
};

export const towel: OwnDrill = { ...yRaise, id: 'own-b', name: 'Towel chest stretch', purpose: 'Open the chest', category: 'stretch', equipment: ['none'], position: 'standing', dose: { kind: 'hold', seconds: 30, reps: 2, perSide: false } };

export const withoutId = ({ id: _id, ...rest }: OwnDrill): ProgramDrill => rest;

const SIGNATURES = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  webp: [0x52, 0x49, 0x46, 0x46, 0x10, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
} as const;

const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' } as const;

/** A data URL of `bytes` bytes beginning with `kind`'s signature, named as `named` (its own type by default). */
export function pictureUrl(kind: keyof typeof SIGNATURES, bytes = 64, named: keyof typeof MIME = kind, fill = 7): string {
  const data = new Uint8Array(Math.max(bytes, SIGNATURES[kind].length)).fill(fill);
  data.set(SIGNATURES[kind]);
  return `data:${MIME[named]};base64,${Buffer.from(data).toString('base64')}`;
}

export const SVG_URL = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64')}`;

/**
 * Gives the fake storage.local a byte count (the fake has none that works), as the JSON size of
 * what it holds; returns the function that takes it back.
 */
export function measureLocal(): () => void {
  const local = fakeBrowser.storage.local as { getBytesInUse?: unknown };
  const had = Object.hasOwn(local, 'getBytesInUse');
  const was = local.getBytesInUse;
  local.getBytesInUse = async () => JSON.stringify(await fakeBrowser.storage.local.get(null)).length;
  return () => {
    if (had) local.getBytesInUse = was;
    else delete local.getBytesInUse;
  };
}

/** Everything stored, but the pace stamp, which alone may move: a refused settings write still counts against the quota. */
export async function everything(): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  const local = await fakeBrowser.storage.local.get(null);
  delete local.settingsWrittenAt;
  return { sync: await fakeBrowser.storage.sync.get(null), local };
}
