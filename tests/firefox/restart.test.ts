import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipDirectory } from '../../scripts/zip.mjs';
import { ALWAYS_WORKING, getAlarm, readStorage, settled, useSettings } from './extension';
import { DIST_FIREFOX, launch, type Firefox } from './harness';
import { createProfile, GECKO_ID } from './profile';
import { expectNoErrors } from './suite';
import { waitFor } from './wait';

let folder: string;
let zip: string;
let profile: string;
let ff: Firefox | null = null;

beforeAll(() => {
  // The package as a user installs it: the zipped build, installed for good (not as a temporary add-on).
  folder = mkdtempSync(join(tmpdir(), 'desk-reset-firefox-zip-'));
  zip = join(folder, 'desk-reset-firefox.zip');
  writeFileSync(zip, zipDirectory(DIST_FIREFOX));
  profile = createProfile();
});

afterAll(async () => {
  await ff?.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** Quits this Firefox and checks that nothing went wrong in it. */
async function quit(): Promise<void> {
  const last = ff!;
  ff = null;
  await last.close();
  expectNoErrors(last);
}

describe('a browser restart, in Firefox', () => {
  it('keeps the settings and the break alarm of the installed package', async () => {
    ff = await launch({ profile, install: { type: 'archivePath', path: zip, permanent: true } });
    await waitFor(() => getAlarm(ff!), 'the install alarm');
    const chosen = { ...ALWAYS_WORKING, intervalMinutes: 30, equipment: ['wall'] };
    await useSettings(ff, chosen);
    const before = (await getAlarm(ff))!;
    expect(before.periodInMinutes).toBe(30);
    const { state } = await readStorage(ff);
    await quit();

    ff = await launch({ profile, install: null });
    const permanent = await ff.chrome(async (w, id) => {
      const { AddonManager } = w.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      const addon = await AddonManager.getAddonByID(id);
      return addon && { active: addon.isActive, temporary: addon.temporarilyInstalled };
    }, GECKO_ID);
    expect(permanent).toEqual({ active: true, temporary: false });
    await settled(ff);
    const after = await readStorage(ff);
    expect(after.settings).toEqual(chosen);
    expect(after.state.nextBreakAt).toBe(state.nextBreakAt);
    const alarm = await waitFor(() => getAlarm(ff!), 'the break alarm after the restart');
    expect(alarm).toMatchObject({ periodInMinutes: 30, scheduledTime: state.nextBreakAt });
    await quit();
  });
});
