import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { toMessagesFile } from '../../src/core/i18n';
import { laddersOf, levelOf } from '../../src/core/levels';
import { orgId } from '../../src/core/own-world';
import { setDrillLevel, loadLevels } from '../../src/platform/levels';
import { loadOrgDrills } from '../../src/platform/org-drills';
import { loadDrillWorld, onDrillsChanged } from '../../src/platform/own-drills';
import { POLICY_CACHE_KEY } from '../../src/platform/policy';
import { reportPolicyProblems } from '../../src/platform/policy-report';
import { readLocaleSources } from '../../scripts/locales.mjs';
import { doorway, program, wallAngels } from './policy-program';

// The organisation's drills follow the policy as it changes, read from the copy last kept.

const WALL = orgId('Wall angels');
const DOOR = orgId('Doorway stretch');
const AT = Date.UTC(2026, 2, 2, 9);

/** A policy the browser holds and Desk Reset has read: the copy kept, and the browser's answer the same. */
async function keep(policy: object) {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(policy);
  await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: policy });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the organisation’s drills as the policy changes', () => {
  it('a revised drill keeps its id, so its level stays; a drill taken out of the policy leaves the drills there are', async () => {
    await keep({ drills: program(wallAngels, doorway) });
    expect((await loadOrgDrills()).map((d) => d.id)).toEqual([WALL, DOOR]);
    let world = await loadDrillWorld();
    await setDrillLevel(WALL, 1, AT, laddersOf(world));
    expect(levelOf(await loadLevels(), WALL, laddersOf(world)).rung).toBe(1);

    await keep({ drills: program({ ...wallAngels, purpose: 'Revised', dose: { kind: 'reps', reps: 12, sets: 2, perSide: false } }) });
    expect(await loadOrgDrills()).toEqual([{ ...wallAngels, id: WALL, purpose: 'Revised', dose: { kind: 'reps', reps: 12, sets: 2, perSide: false } }]);
    world = await loadDrillWorld();
    expect(world.filter((d) => d.own?.source === 'org').map((d) => d.id)).toEqual([WALL]);
    expect(world.some((d) => d.id === DOOR)).toBe(false);
    expect(levelOf(await loadLevels(), WALL, laddersOf(world)).rung).toBe(1);
  });

  it('a policy that loses its program, or breaks it, or goes away, leaves no drills of the organisation', async () => {
    await keep({ drills: program(wallAngels) });
    expect(await loadOrgDrills()).toHaveLength(1);
    await keep({ drills: program({ ...wallAngels, steps: [] }) });
    expect(await loadOrgDrills()).toEqual([]);
    await keep({ intervalMinutes: 60 });
    expect(await loadOrgDrills()).toEqual([]);
    await fakeBrowser.storage.local.remove(POLICY_CACHE_KEY);
    expect(await loadOrgDrills()).toEqual([]);
  });

  it('pages hear of a new program as a change of drills', async () => {
    const changed = vi.fn();
    const stop = onDrillsChanged(changed);
    await keep({ drills: program(wallAngels) });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    stop();
  });
});

/** The package's English messages, served as the browser serves the extension's own files. */
function serveEnglish() {
  const file = toMessagesFile(readLocaleSources().en ?? {});
  const fetch = vi.fn(async (url: string) => (url === fakeBrowser.runtime.getURL('_locales/en/messages.json') ? new Response(JSON.stringify(file)) : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('a program with faults, named in the console', () => {
  it('once, in English, with the policy’s other problems; named again only when the problems change', async () => {
    const fetch = serveEnglish();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await keep({ idleMinutes: 1000, drills: program({ ...doorway, name: '' }), locked: ['drills'] });
    await reportPolicyProblems();
    expect(warn.mock.calls).toEqual([
      ['Desk Reset ignored part of the policy set by your organisation: idleMinutes (1000), drills (none of the program’s drills apply): drills[0].name: Write something here. The rest applies.'],
    ]);
    await reportPolicyProblems();
    expect(warn).toHaveBeenCalledTimes(1);

    await keep({ drills: program(wallAngels, { ...wallAngels, purpose: 'again' }) });
    await reportPolicyProblems();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]![0]).toBe('Desk Reset ignored part of the policy set by your organisation: drills: drills[1].name: “Wall angels” is already the name of an earlier drill in the program (drills are told apart by name), so this one is left out. The rest applies.');
    expect(fetch).toHaveBeenCalled();
  });

  it('a sound program is not looked at twice and asks for no messages', async () => {
    const fetch = serveEnglish();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await keep({ drills: program(wallAngels), locked: ['drills'] });
    await reportPolicyProblems();
    expect(warn).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('where the English messages cannot be read, names each message by its key', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await keep({ drills: program({ ...doorway, name: '' }) });
    await reportPolicyProblems();
    expect(warn.mock.calls[0]![0]).toBe('Desk Reset ignored part of the policy set by your organisation: drills (none of the program’s drills apply): import_at(drills[0].name, err_text_empty). The rest applies.');
  });
});
