// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, toStored, type Settings, type SettingsKey } from '../../../src/core/settings';
import { loadSettings } from '../../../src/platform/storage';
import { REFILL_MS } from '../../../src/core/pace';
import { SAVE_DELAY_MS } from '../../../src/options/autosave';
import type * as FormModule from '../../../src/options/SettingsForm';
import { fakeTimerPages } from './fake-timer-page';

// Issue 25: the posture resets between the drills and the sit-stand rhythm in the schedule
// settings: each field saves as the user goes, a minutes value out of range says why and is not
// saved (nor is anything else lost), and a field the organisation locked is shown disabled.

// The behaviour section asks the browser about the meeting sites; here it has not allowed them.
vi.mock('../../../src/platform/call-sites', () => ({
  hasCallSites: () => Promise.resolve(false),
  requestCallSites: () => Promise.resolve(false),
  onCallSitesChanged: () => () => undefined,
}));

let SettingsForm: typeof FormModule.SettingsForm;
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
/** Long enough for the form's pause and the write pace, so every change made before is stored. */
const settle = () => advance(SAVE_DELAY_MS + REFILL_MS);

async function show(stored: Settings = DEFAULT_SETTINGS, locked: SettingsKey[] = []) {
  await fakeBrowser.storage.sync.set({ settings: toStored(stored) });
  render(<SettingsForm section="schedule" stored={stored} state={null} locked={new Set(locked)} />);
}
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });

beforeEach(async () => {
  vi.useFakeTimers();
  // A page of its own, with the meeting sites' permission as this file gives it.
  vi.resetModules();
  ({ SettingsForm } = await import('../../../src/options/SettingsForm'));
});
fakeTimerPages();

describe('posture resets in the schedule settings', { timeout: 20_000 }, () => {
  it('are off by default, with the reason beside the switch and nothing more', async () => {
    await show();
    const resets = box('Posture resets between drills');
    expect(resets.checked).toBe(false);
    expect(resets.closest('section')!.id).toBe('schedule');
    expect(resets.getAttribute('aria-describedby')).toBe('posture-resets-hint');
    expect(document.getElementById('posture-resets-hint')!.textContent).toMatch(/^Cornell University’s ergonomics advice is to change posture every 20–30 minutes\./);
    expect(screen.queryByLabelText('Minutes between posture resets')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /standing desk/ })).toBeNull();
  });

  it('turned on, save it, how often, and the sound, each as the user goes', async () => {
    await show();
    fireEvent.click(box('Posture resets between drills'));
    await settle();
    expect((await loadSettings()).postureResets).toBe(true);
    expect(input('Minutes between posture resets').value).toBe('30');
    expect(document.getElementById('posture-minutes-hint')!.textContent).toBe('20 to 45.');
    type('Minutes between posture resets', '25');
    fireEvent.click(box('Play a sound with each reset'));
    await settle();
    const saved = await loadSettings();
    expect([saved.postureMinutes, saved.postureSound]).toEqual([25, true]);
  });

  it('a gap out of range says why and is not saved; the edit stays and the other changes save', async () => {
    await show({ ...DEFAULT_SETTINGS, postureResets: true });
    type('Minutes between posture resets', '50');
    fireEvent.click(box('Play a sound with each reset'));
    await settle();
    const minutes = input('Minutes between posture resets');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(minutes.getAttribute('aria-describedby')).toBe('posture-minutes-hint posture-minutes-error');
    expect(document.getElementById('posture-minutes-error')!.textContent).toBe('Choose a value from 20 to 45 minutes.');
    expect(minutes.value).toBe('50');
    let saved = await loadSettings();
    expect([saved.postureMinutes, saved.postureSound]).toEqual([30, true]);
    type('Minutes between posture resets', '19');
    expect(document.getElementById('posture-minutes-error')!.textContent).toBe('Choose a value from 20 to 45 minutes.');
    type('Minutes between posture resets', '45');
    await settle();
    expect(document.getElementById('posture-minutes-error')).toBeNull();
    saved = await loadSettings();
    expect(saved.postureMinutes).toBe(45);
  });

  it('the sit-stand rhythm: its own three times in place of the one gap, Cornell’s named, each checked', async () => {
    await show({ ...DEFAULT_SETTINGS, postureResets: true });
    const rhythm = box('I have a standing desk: remind me to stand and sit (sit-stand rhythm)');
    expect(rhythm.checked).toBe(false);
    expect(screen.queryByLabelText('Minutes sitting')).toBeNull();
    fireEvent.click(rhythm);
    expect(document.getElementById('sit-stand-hint')!.textContent).toContain('about 20 minutes sitting, 8 standing and 2 moving');
    expect(screen.queryByLabelText('Minutes between posture resets')).toBeNull();
    expect(['Minutes sitting', 'Minutes standing', 'Minutes moving, before you sit down again'].map((l) => input(l).value)).toEqual(['20', '8', '2']);
    type('Minutes sitting', '25');
    type('Minutes standing', '1');
    type('Minutes moving, before you sit down again', '11');
    await settle();
    expect(document.getElementById('stand-minutes-error')!.textContent).toBe('Choose a value from 2 to 30 minutes.');
    expect(document.getElementById('move-minutes-error')!.textContent).toBe('Choose a value from 1 to 10 minutes.');
    expect(document.getElementById('sit-minutes-error')).toBeNull();
    const saved = await loadSettings();
    expect([saved.sitStand, saved.sitMinutes, saved.standMinutes, saved.moveMinutes]).toEqual([true, 25, 8, 2]);
    type('Minutes standing', 'ten');
    expect(document.getElementById('stand-minutes-error')!.textContent).toBe('Enter a whole number of minutes from 2 to 30.');
  });
});

describe('posture fields an organisation locked', () => {
  it('are shown with its values, disabled, and say so; the fields it left open stay open', async () => {
    await show({ ...DEFAULT_SETTINGS, postureResets: true, postureMinutes: 35, sitStand: false }, ['postureResets', 'postureMinutes', 'sitStand']);
    const resets = box('Posture resets between drills');
    expect([resets.checked, resets.disabled]).toEqual([true, true]);
    expect(resets.getAttribute('aria-describedby')).toBe('posture-resets-hint posture-resets-locked');
    expect(document.getElementById('posture-resets-locked')!.textContent).toBe('Set by your organisation.');
    const minutes = input('Minutes between posture resets');
    expect([minutes.value, minutes.disabled]).toEqual(['35', true]);
    expect(minutes.getAttribute('aria-describedby')).toBe('posture-minutes-hint posture-minutes-locked');
    const rhythm = box(/standing desk/);
    expect([rhythm.checked, rhythm.disabled]).toEqual([false, true]);
    expect(document.getElementById('sit-stand-locked')!.textContent).toBe('Set by your organisation.');
    expect(box('Play a sound with each reset').disabled).toBe(false);
  });

  it('a locked sitting time is disabled while the standing time stays open', async () => {
    await show({ ...DEFAULT_SETTINGS, postureResets: true, sitStand: true, sitMinutes: 40 }, ['sitMinutes']);
    expect([input('Minutes sitting').value, input('Minutes sitting').disabled]).toEqual(['40', true]);
    expect(document.getElementById('sit-minutes-locked')!.textContent).toBe('Set by your organisation.');
    expect(input('Minutes standing').disabled).toBe(false);
    expect(box('Posture resets between drills').disabled).toBe(false);
  });
});
