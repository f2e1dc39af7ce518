import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { CATALOG } from '../../src/core/catalog';
import { orgId, drillWorld } from '../../src/core/own-world';
import { buildProgram } from '../../src/core/program';
import { deleteOwnDrill, loadDrillWorld, loadOwnDrills, onDrillsChanged, saveOwnDrill } from '../../src/platform/own-drills';
import { loadOrgDrills } from '../../src/platform/org-drills';
import { POLICY_CACHE_KEY } from '../../src/platform/policy';
import { stored, towel, yRaise } from './own-fixtures';

// Issue 24: the user's own drills through the platform seam, on the fake browser with the fake
// locks the setup gives: one key each in storage.sync, written under one lock.

const T0 = Date.UTC(2026, 2, 2, 9);
const sync = async () => fakeBrowser.storage.sync.get(null);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('own drills in storage.sync', () => {
  it('are saved, loaded, edited in place and deleted, one key each', async () => {
    await saveOwnDrill(yRaise, T0);
    await saveOwnDrill(towel, T0 + 1);
    expect(await sync()).toEqual({ 'own.own-yraise': stored(yRaise, T0), 'own.own-towel': stored(towel, T0 + 1) });
    expect(await loadOwnDrills()).toEqual([yRaise, towel]);
    expect(await loadDrillWorld()).toEqual(drillWorld([yRaise, towel]));

    // Edited later, it keeps its place.
    const edited = { ...yRaise, name: 'Y raise', dose: { ...yRaise.dose, reps: 12 } };
    await saveOwnDrill(edited, T0 + 50);
    expect(await loadOwnDrills()).toEqual([edited, towel]);

    await deleteOwnDrill('own-yraise');
    expect(await sync()).toEqual({ 'own.own-towel': stored(towel, T0 + 1) });
    expect(await loadOwnDrills()).toEqual([towel]);
  });

  it('leave the settings and every other key alone', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 7, intervalMinutes: 60 }, 'settings.intervalMinutes': 60 });
    await saveOwnDrill(yRaise, T0);
    await deleteOwnDrill('own-yraise');
    expect(await sync()).toEqual({ settings: { version: 7, intervalMinutes: 60 }, 'settings.intervalMinutes': 60 });
  });

  it('saved over a drill a newer version wrote, keep what that version added', async () => {
    const newer = stored(yRaise, T0, { video: 'https://example.org/y.mp4', dose: { ...yRaise.dose, ramp: 2 } });
    await fakeBrowser.storage.sync.set({ 'own.own-yraise': newer });
    await saveOwnDrill({ ...yRaise, cue: 'Thumbs up' }, T0 + 99);
    expect((await sync())['own.own-yraise']).toEqual({ ...newer, cue: 'Thumbs up' });
  });

  it('leave a drill this version cannot read stored as it is, and say so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const timed = { ...stored(yRaise, T0), dose: { kind: 'timed', minutes: 3 } };
    await fakeBrowser.storage.sync.set({ 'own.own-timed': timed, 'own.own-towel': stored(towel, T0) });
    expect(await loadOwnDrills()).toEqual([towel]);
    expect(await loadOwnDrills()).toEqual([towel]);
    expect((await sync())['own.own-timed']).toEqual(timed);
    expect(warn.mock.calls.filter(([text]) => String(text).includes('own drills'))).toHaveLength(1);
  });

  it('saved twice at once, both land: two drills, or the same drill keeping when it was first added', async () => {
    await Promise.all([saveOwnDrill(yRaise, T0), saveOwnDrill(towel, T0 + 1)]);
    expect(await loadOwnDrills()).toEqual([yRaise, towel]);

    await fakeBrowser.storage.sync.clear();
    const renamed = { ...yRaise, name: 'Y raise' };
    await Promise.all([saveOwnDrill(yRaise, T0), saveOwnDrill(renamed, T0 + 5)]);
    expect((await sync())['own.own-yraise']).toEqual(stored(renamed, T0));
  });

  it('are the user’s only: a drill with an organisation’s id, or no own id, is refused and nothing is stored', async () => {
    await expect(saveOwnDrill({ ...towel, id: 'org-clinic1' }, T0)).rejects.toThrow();
    await expect(saveOwnDrill({ ...towel, id: '' }, T0)).rejects.toThrow();
    await expect(saveOwnDrill({ ...towel, id: 'chin-tucks' }, T0)).rejects.toThrow();
    expect(await sync()).toEqual({});
  });

  it('tell a page when they change here or on another computer, or the organisation’s do', async () => {
    const callback = vi.fn();
    const stop = onDrillsChanged(callback);
    await saveOwnDrill(yRaise, T0);
    expect(callback).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { drills: buildProgram([towel]) } });
    expect(callback).toHaveBeenCalledTimes(2);
    // The settings and the history are not the drills.
    await fakeBrowser.storage.sync.set({ 'settings.intervalMinutes': 60 });
    await fakeBrowser.storage.local.set({ history: [] });
    expect(callback).toHaveBeenCalledTimes(2);
    stop();
    await deleteOwnDrill('own-yraise');
    await fakeBrowser.storage.local.remove(POLICY_CACHE_KEY);
    expect(callback).toHaveBeenCalledTimes(2);
  });
});

describe('the organisation’s drills', () => {
  it('are read from the policy as last read, between the catalog’s and the user’s', async () => {
    expect(await loadOrgDrills()).toEqual([]);
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { intervalMinutes: 60, drills: JSON.parse(buildProgram([towel])) } });
    const org = { ...towel, id: orgId(towel.name) };
    expect(await loadOrgDrills()).toEqual([org]);
    await saveOwnDrill(yRaise, T0);
    const world = await loadDrillWorld();
    expect(world.map((d) => d.id)).toEqual([...CATALOG.map((d) => d.id), org.id, 'own-yraise']);
    expect(world.at(-2)!.own!.source).toBe('org');
  });

  it('are none while the policy’s program is broken', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { drills: '{"format":' } });
    expect(await loadOrgDrills()).toEqual([]);
    expect(await loadDrillWorld()).toEqual(CATALOG);
  });
});
