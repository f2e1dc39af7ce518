import { afterEach, describe, expect, it } from 'vitest';
import { copyBuild, INSTALLS_KEY, type BuildCopy } from '../e2e/build-copy';
import { ALWAYS_WORKING, readStorage, settled, useSettings } from './extension';
import { CONTROL_PATH, DIST_FIREFOX, launch, type Firefox } from './harness';
import { GECKO_ID, ORIGIN } from './profile';
import { expectNoErrors } from './suite';
import { waitFor } from './wait';

// In Firefox an update is the same add-on id installed again from a newer package: here a copy of
// dist-firefox with a higher version, from a folder of its own.

let ff: Firefox | null = null;
const copies: BuildCopy[] = [];
afterEach(async () => {
  const last = ff;
  ff = null;
  await last?.close();
  for (const c of copies.splice(0)) c.cleanup();
  if (last) expectNoErrors(last);
});

function copy(version: string): BuildCopy {
  const c = copyBuild(DIST_FIREFOX);
  c.setVersion(version);
  copies.push(c);
  return c;
}

const installsSeen = (x: Firefox) => x.ext(async (browser, key) => ((await browser.storage.session.get(key))[key] ?? []) as { reason: string; previousVersion?: string }[], INSTALLS_KEY);

describe('an update, in Firefox', () => {
  it('the same id from a newer package keeps storage and the schedule, and opens no welcome', async () => {
    ff = await launch({ install: { type: 'path', path: copy('0.1.0').dir } });
    await useSettings(ff, { ...ALWAYS_WORKING, intervalMinutes: 60, soundCues: true });
    await ff.ext(async (browser) => {
      const at = Date.now() - 3_600_000;
      await browser.storage.local.set({
        history: [{ at, outcome: 'done', dueAt: at - 60_000, shownAt: at - 30_000, drillId: 'chin-tucks', rating: 'easy', seconds: 50 }],
        levels: { drills: { 'chin-tucks': { rung: 1, streak: { rating: 'easy', count: 1 }, last: null } }, log: [] },
        welcome: { step: 'kit', finishedAt: null },
      });
    });
    await settled(ff);
    for (const tab of await ff.tabs()) if (tab.url === `${ORIGIN}/src/welcome/index.html`) await ff.bidi.send('browsingContext.close', { context: tab.context });
    const before = await readStorage(ff);
    const alarmsBefore = await ff.ext(async (browser) => (await browser.alarms.getAll()).sort((a, b) => a.name.localeCompare(b.name)));

    await ff.bidi.send('webExtension.install', { extensionData: { type: 'path', path: copy('0.1.1').dir } });
    // The update closes the extension's pages, the harness's own tab too: open it again once the event page runs.
    await waitFor(() => ff!.chrome((w, id) => w.WebExtensionPolicy.getByID(id)?.extension?.backgroundState === 'running', GECKO_ID), 'the updated event page to run');
    await ff.openTab(CONTROL_PATH);
    expect(await ff.ext((browser) => browser.runtime.getManifest().version)).toBe('0.1.1');
    const installs = await waitFor(async () => {
      const seen = await installsSeen(ff!);
      return seen.length > 0 ? seen : null;
    }, 'the update event');
    expect(installs).toEqual([{ reason: 'update', previousVersion: '0.1.0', temporary: true }]);
    await settled(ff);

    const after = await readStorage(ff);
    // What was stored stays; an update may add (a migration's new records), never change or drop.
    // Except the popup's record of the recent days, made from the history: written again at every
    // update (a version without it may have written the history), so it now tells of that history.
    const { historyRecent: _derived, ...kept } = before;
    for (const [key, value] of Object.entries(kept)) expect.soft(after[key], key).toEqual(value);
    expect.soft((after.historyRecent as { events: unknown[] } | undefined)?.events, 'historyRecent').toEqual(after.history);
    expect.soft(await ff.ext(async (browser) => (await browser.alarms.getAll()).sort((a, b) => a.name.localeCompare(b.name)))).toEqual(alarmsBefore);
    expect.soft((await ff.tabs()).filter((t) => t.url.startsWith(ORIGIN) && !t.url.endsWith(CONTROL_PATH)).map((t) => t.url)).toEqual([]);
  });
});
