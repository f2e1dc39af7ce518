import { describe, expect, it } from 'vitest';
import { DRILL_IDS } from '../../src/core/catalog';
import { pngDataUrl } from '../e2e/own-picture';
import { ALWAYS_WORKING, breakDueIn, readStorage, useSettings } from './extension';
import { firefoxForThisFile } from './suite';

// The user's own drill at a break, in Firefox: stored as another computer's Desk Reset would have
// synced it (one storage.sync key), with every catalog drill switched off, so only it can come.

const firefox = firefoxForThisFile({ alwaysWorking: true });

const ID = 'own-ffe2etest01';
const DRILL = {
  name: 'Towel neck glide',
  purpose: 'Keeps the neck moving as my physiotherapist showed me.',
  steps: ['Sit tall with a towel behind your neck.', 'Hold both ends and glide your head back.', 'Return slowly to the start.'],
  cue: 'Long neck.',
  mistake: '',
  category: 'mobility',
  equipment: ['none'],
  position: 'seated',
  dose: { kind: 'reps', reps: 6, sets: 2, perSide: false },
  figure: null,
  routines: [],
  levels: true,
  added: 1_700_000_000_000,
};

describe('your own drill at a break, in Firefox', () => {
  it('with every catalog drill off, the break brings the own drill: its name, its steps, its picture and the mark', async () => {
    const ff = firefox();
    // Its picture stays on the computer it was added on, in storage.local.
    await ff.ext((browser, { id, drill, picture }) => Promise.all([browser.storage.sync.set({ [`own.${id}`]: drill }), browser.storage.local.set({ [`picture.${id}`]: picture })]), { id: ID, drill: DRILL, picture: pngDataUrl(96, 64) });
    await useSettings(ff, { ...ALWAYS_WORKING, disabledDrills: [...DRILL_IDS] });
    await breakDueIn(ff, 300);

    // What the drill view shows, once there is one; its picture is read from storage after the view is drawn.
    const shown = () =>
      ff.ext((browser) => {
        const view = browser.extension
          .getViews()
          .find((v) => ['/src/popup/index.html', '/src/popup/break.html'].includes(v.location.pathname) && !v.location.search.includes('harness'));
        const doc = view?.document;
        const name = doc?.getElementById('drill-name')?.textContent;
        if (!doc || !name) return null;
        const picture = doc.querySelector('img[data-testid="own-picture"]') as HTMLImageElement | null;
        return {
          name,
          steps: [...doc.querySelectorAll('ol.steps li')].map((li) => li.textContent),
          mark: doc.querySelector('[data-testid="own-mark"]')?.textContent ?? null,
          picture: picture ? { width: picture.complete ? picture.naturalWidth : 0, alt: picture.alt } : null,
        };
      });
    await expect.poll(shown, { timeout: 15_000 }).toEqual({ name: DRILL.name, steps: DRILL.steps, mark: 'From your own program', picture: { width: 96, alt: `Picture for ${DRILL.name}` } });
    expect((await readStorage(ff)).state.pending.drillId).toBe(ID);
  });
});
