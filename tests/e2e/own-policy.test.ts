import { afterEach, describe, expect, it } from 'vitest';
import { ALWAYS_WORKING, launch, readStorage, waitFor, type Harness } from './harness';
import { pngDataUrl } from './own-picture';
import { launchWithPolicy, type PolicyLaunch } from './policy';

// A program an organisation pushes through browser policy, set as an administrator would (see
// policy.ts): its drills are in the library, marked as the organisation's, and not the user's to
// edit or delete; with `drills` locked, not the user's to switch off either.

const ORG_DRILL = {
  name: 'Clinic shoulder rolls',
  purpose: 'Loosens the shoulders between patients',
  steps: ['Stand tall, arms loose', 'Roll both shoulders back in slow circles'],
  category: 'mobility',
  equipment: ['none'],
  position: 'standing',
  dose: { kind: 'reps', reps: 10, sets: 1, perSide: false },
  picture: pngDataUrl(80, 60),
};

const OWN_ID = 'own-policye2e01';
const OWN_DRILL = {
  name: 'My towel glide',
  purpose: 'Eases a stiff neck',
  steps: ['Glide your head back along the towel'],
  category: 'mobility',
  equipment: ['none'],
  position: 'seated',
  dose: { kind: 'reps', reps: 6, sets: 1, perSide: false },
  added: 1_700_000_000_000,
};

describe('drills an organisation pushes by policy', () => {
  let h: Harness | null = null;
  let policy: PolicyLaunch | null = null;
  afterEach(async () => {
    const errors = [...(h?.errors ?? [])];
    await h?.close();
    policy?.cleanup();
    h = policy = null;
    expect(errors, 'errors reported by extension contexts').toEqual([]);
  });

  it('show in the library as set by the organisation, with no Edit or Delete, and a switch the lock disables', async () => {
    policy = launchWithPolicy({
      workDays: ALWAYS_WORKING.workDays,
      workHours: ALWAYS_WORKING.workHours,
      drills: { format: 'desk-reset-program', version: 1, drills: [ORG_DRILL] },
      locked: ['drills'],
    });
    h = await launch(policy.options);
    // The user's own drill beside it: the library's tools for the user's drills are there, so their absence on the organisation's says something.
    await h.sw(({ key, drill }) => chrome.storage.sync.set({ [key]: drill }), { key: `own.${OWN_ID}`, drill: OWN_DRILL });
    // Chromium reads the policy a moment after it starts.
    await waitFor(async () => ((await readStorage(h!)).policyLastRead?.drills ? true : null), 'the policy with its drills', 20_000);

    const options = await h.openPage('src/options/index.html#exercises');
    const org = options.locator('li.card[data-source="org"]');
    await expect.poll(() => org.count()).toBe(1);
    expect(await org.getAttribute('data-drill')).toMatch(/^org-[a-z0-9]+$/);
    expect(await org.textContent()).toContain(ORG_DRILL.name);
    expect(await org.textContent()).toContain('Set by your organisation');
    await expect.poll(() => org.locator('img[data-testid="own-card-picture"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(80);

    const own = options.locator(`li.card[data-drill="${OWN_ID}"][data-source="own"]`);
    await expect.poll(() => own.count()).toBe(1);
    for (const action of ['Edit', 'Delete']) {
      expect(await own.getByRole('button', { name: new RegExp(`^${action}`) }).count(), `${action} on the user's own drill`).toBe(1);
      expect(await org.getByRole('button', { name: new RegExp(`^${action}`) }).count(), `${action} on the organisation's drill`).toBe(0);
    }

    const orgSwitch = org.locator('input[type="checkbox"]').first();
    expect(await orgSwitch.isChecked()).toBe(true);
    expect(await orgSwitch.isDisabled()).toBe(true);
    expect(await own.locator('input[type="checkbox"]').first().isDisabled()).toBe(false);
  });
});
