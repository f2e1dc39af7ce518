import { describe, expect, it } from 'vitest';
import { findDrill } from '../../src/core/catalog';
import { breakLength } from '../../src/core/drill';
import { render } from '../../src/core/i18n';
import { readSettings } from '../../src/core/settings';
import { drillName, english } from '../english';
import { breakDueIn, drillViews, eventPageState, notifications, readStorage, stopEventPage } from './extension';
import { firefoxForThisFile } from './suite';
import { waitFor } from './wait';

const firefox = firefoxForThisFile({ alwaysWorking: true });

describe('the break, in Firefox', () => {
  it('with the event page stopped, the break alarm wakes it: the notification and the drill with its name', async () => {
    const ff = firefox();
    // The break falls due in a few seconds, time enough to stop the event page before it does.
    await breakDueIn(ff, 8000);
    await stopEventPage(ff);
    expect(await eventPageState(ff)).toBe('stopped');
    expect(await notifications(ff)).toEqual({});
    const notification = await waitFor(async () => (await notifications(ff)).break, 'the break notification');
    expect(await eventPageState(ff)).toBe('running');
    const view = await waitFor(async () => (await drillViews(ff)).find((v) => v.name), 'the drill, with a drill name');

    const { state, settings } = await readStorage(ff);
    const { pending } = state;
    expect(pending).not.toBeNull();
    const name = drillName(pending.drillId);
    expect(view.name).toBe(name);
    expect(['toolbar popup', 'drill window']).toContain(view.kind);
    expect(notification.title).toBe(english('notify_title'));
    // The notification says how long the drill on screen takes, within the user's cap.
    const length = render(breakLength(findDrill(pending.drillId)!, readSettings(settings).settings.drillCapSeconds), english);
    expect(notification.message).toBe(english('notify_body', [name, length]));
    expect(notification.message).toMatch(/, \d+ (s|min)/);
  });
});
