import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { getAlarm, readStorage } from './extension';
import { ORIGIN } from './profile';
import { firefoxForThisFile } from './suite';
import { waitFor } from './wait';

const firefox = firefoxForThisFile();

describe('installing in Firefox', () => {
  it('opens the welcome in a tab of its own, at its first step', async () => {
    const ff = firefox();
    const welcome = (await ff.tabs()).find((t) => t.url === `${ORIGIN}/src/welcome/index.html`);
    expect(welcome).toBeDefined();
    const heading = await waitFor(() => ff.page(welcome!.context, (w) => w.document.querySelector('h1')?.textContent ?? null), 'the welcome heading');
    expect(heading).toBe(english('welcome_heading'));
    expect(await ff.page(welcome!.context, (w) => w.document.getElementById('step-title')?.textContent)).toBe(english('welcome_safety_title'));
    expect(await ff.page(welcome!.context, (w) => w.document.title)).toBe(english('page_title_welcome'));
    expect((await readStorage(ff)).welcome).toEqual({ step: 'safety', finishedAt: null });
  });

  it('sets the break alarm for the first break and repeats it at the interval', async () => {
    const ff = firefox();
    const alarm = await waitFor(() => getAlarm(ff), 'the break alarm');
    const { state, settings } = await readStorage(ff);
    expect(alarm.periodInMinutes).toBe(90);
    expect(alarm.scheduledTime).toBe(state.nextBreakAt);
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now());
    expect(settings).toBeUndefined(); // nothing chosen yet: the defaults apply
  });
});
