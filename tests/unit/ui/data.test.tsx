// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, toStored, type Settings } from '../../../src/core/settings';
import { COPIES } from '../../../src/core/settings-sync';
import type { BreakEvent, HistoryStore } from '../../../src/core/history';
import { NO_LEVELS, type LevelStore } from '../../../src/core/levels';
import { buildExport, parseImport } from '../../../src/core/transfer';
import type { DataSection as Section } from '../../../src/options/DataSection';

const NOW = new Date('2026-03-02T10:30:00').getTime();
const ev = (at: number): BreakEvent => ({ at, outcome: 'done', dueAt: at - 1000, shownAt: at - 500, drillId: 'chin-tucks', rating: null, seconds: 60 });

const CURRENT: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true, intervalMinutes: 90 };
const CURRENT_HISTORY: HistoryStore = { events: [ev(NOW - 5000), ev(NOW)], days: [] };
const INCOMING: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true, intervalMinutes: 60, workDays: [1, 2, 3, 4, 5, 6] };
const INCOMING_HISTORY: HistoryStore = { events: [ev(NOW - 86_400_000), ev(NOW - 3_600_000), ev(NOW - 60_000)], days: [{ day: '2025-01-01', done: 2, skipped: 0, snoozed: 1, natural: 0, paused: 0, held: 0 }] };
const CURRENT_LEVELS: LevelStore = { drills: { 'wall-slides': { rung: 1, streak: null, last: { from: 0, to: 1, at: NOW - 60_000, why: 'manual' } } }, log: [{ drillId: 'wall-slides', from: 0, to: 1, at: NOW - 60_000, why: 'manual' }] };
const INCOMING_LEVELS: LevelStore = {
  drills: { 'chin-tucks': { rung: 2, streak: null, last: null }, 'band-rows': { rung: 0, streak: { rating: 'hard', count: 1 }, last: null }, 'dead-hang': { rung: 1, streak: null, last: null } },
  log: [{ drillId: 'band-rows', from: 1, to: 0, at: NOW - 86_400_000, why: 'hard' }],
};
const GOOD = JSON.stringify(buildExport(INCOMING, INCOMING_HISTORY, INCOMING_LEVELS, NOW), null, 2);
/** The same file as exported before levels existed. */
const OLD = JSON.stringify({ ...JSON.parse(GOOD), version: 1, levels: undefined });

/** The single settings record as versions up to 6 read it (this version's digests left out). */
const record = (settings: unknown) => {
  if (typeof settings !== 'object' || settings === null) return settings;
  const { [COPIES]: _copies, ...rest } = settings as Record<string, unknown>;
  return rest;
};
const stored = async () => ({
  settings: record((await fakeBrowser.storage.sync.get('settings')).settings),
  history: (await fakeBrowser.storage.local.get('history')).history,
  days: (await fakeBrowser.storage.local.get('historyDays')).historyDays,
  levels: (await fakeBrowser.storage.local.get('levels')).levels,
});
const nothingStored = { settings: undefined, history: undefined, days: undefined, levels: undefined };

// The section reads the levels through the page's one store, made on first use: a fresh module
// for each test, so the store reads this test's storage.
let DataSection: typeof Section;
beforeEach(async () => {
  vi.resetModules();
  ({ DataSection } = await import('../../../src/options/DataSection'));
});

function setup() {
  render(<DataSection settings={CURRENT} history={CURRENT_HISTORY} />);
}

function choose(text: string, name = 'desk-reset-2026-03-02.json') {
  const input = screen.getByLabelText('Import a file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Your data: import', () => {
  it('is a labelled section with a labelled file input for JSON', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Your data' })).toBeTruthy();
    const input = screen.getByLabelText('Import a file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
  });

  it('shows why a bad file is refused and writes nothing', async () => {
    setup();
    const bad = JSON.parse(GOOD);
    bad.settings.intervalMinutes = 10;
    bad.settings.colour = 'teal';
    choose(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('settings.intervalMinutes: Choose a value from 15 to 240 minutes.')).toBeTruthy();
    expect(within(alert).getByText('settings.colour: unknown setting.')).toBeTruthy();
    expect(alert.textContent).toContain('nothing changed');
    expect(screen.queryByRole('button', { name: 'Replace my settings and history' })).toBeNull();
    expect(await stored()).toEqual(nothingStored);
  });

  it('refuses a file that is not JSON, or too large, without reading it as anything', async () => {
    setup();
    choose('<html><script>alert(1)</script></html>', 'page.html');
    expect((await screen.findByRole('alert')).textContent).toContain('not valid JSON');
    choose('x'.repeat(22_000_000));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('22.0 MB'));
    expect(await stored()).toEqual(nothingStored);
  });

  it('shows hostile content only as text, never as markup', async () => {
    setup();
    const hostile = JSON.parse(GOOD);
    hostile.settings.workHours[0].start = '<img src=x onerror="alert(1)">';
    hostile['<b>bold</b>'] = 1;
    choose(JSON.stringify(hostile), '<img src=x onerror="alert(2)">.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('settings.workHours[0].start contains markup');
    expect(alert.textContent).toContain('<img src=x onerror="alert(2)">.json');
    expect(document.querySelector('img, b, script')).toBeNull();
    expect(await stored()).toEqual(nothingStored);
  });

  it('previews a good file and writes only after confirming, its levels with its history', async () => {
    setup();
    choose(GOOD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    expect(within(preview).getByText('Minutes between breaks: 90 → 60')).toBeTruthy();
    expect(within(preview).getByText('Working days: Mon–Fri → Mon–Sat')).toBeTruthy();
    expect(within(preview).getByText('History: 2 events now, 3 events and 1 older day in the file (the file replaces your history)')).toBeTruthy();
    expect(within(preview).getByText('Drill levels: 0 drills with their own level now, 3 in the file (the file replaces your levels)')).toBeTruthy();
    expect(await stored()).toEqual(nothingStored);

    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my settings and history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported.'));
    expect(await stored()).toEqual({ settings: toStored(INCOMING), history: INCOMING_HISTORY.events, days: INCOMING_HISTORY.days, levels: INCOMING_LEVELS });
    expect(screen.queryByRole('group', { name: /would change/ })).toBeNull();
  });

  it('counts the levels the user has now in the preview', async () => {
    await fakeBrowser.storage.local.set({ levels: CURRENT_LEVELS });
    setup();
    choose(GOOD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    expect(within(preview).getByText('Drill levels: 1 drill with its own level now, 3 in the file (the file replaces your levels)')).toBeTruthy();
  });

  it('a file from before levels replaces settings and history and leaves the levels as they are, saying so first', async () => {
    await fakeBrowser.storage.local.set({ levels: CURRENT_LEVELS });
    setup();
    choose(OLD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    expect(within(preview).getByText('Drill levels: none in the file, so yours stay as they are')).toBeTruthy();
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my settings and history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported.'));
    expect(await stored()).toEqual({ settings: toStored(INCOMING), history: INCOMING_HISTORY.events, days: INCOMING_HISTORY.days, levels: CURRENT_LEVELS });
  });

  it('refuses a file with a level off its drill\'s ladder, saying where', async () => {
    setup();
    const bad = JSON.parse(GOOD);
    bad.levels.drills['chin-tucks'].rung = 3;
    choose(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('levels.drills["chin-tucks"].rung: must be a rung of this drill’s ladder: a whole number from 0 to 2.')).toBeTruthy();
    expect(await stored()).toEqual(nothingStored);
  });

  it('a settings write the browser refuses leaves everything as it was, history and levels included, and says why', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...toStored(CURRENT), fromNewerVersion: 1 } });
    await fakeBrowser.storage.local.set({ history: CURRENT_HISTORY.events, levels: CURRENT_LEVELS });
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    setup();
    choose(GOOD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my settings and history' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Nothing was imported: your browser allows synced settings only so many changes/));
    expect(await stored()).toEqual(before);
    expect(screen.getByRole('group', { name: /would change/ })).toBeTruthy();
  });

  it('an import keeps settings fields that a newer version stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...toStored(CURRENT), version: 9, fromNewerVersion: 1 } });
    setup();
    choose(GOOD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my settings and history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported.'));
    expect((await stored()).settings).toEqual({ ...toStored(INCOMING), version: 9, fromNewerVersion: 1 });
  });

  it('Cancel closes the preview and writes nothing', async () => {
    setup();
    choose(GOOD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /would change/ })).toBeNull();
    await new Promise((r) => setTimeout(r, 10));
    expect(await stored()).toEqual(nothingStored);
  });

  it('a refused file after a good one drops the preview', async () => {
    setup();
    choose(GOOD);
    await screen.findByRole('group', { name: /would change/ });
    choose('{}');
    await screen.findByRole('alert');
    expect(screen.queryByRole('button', { name: 'Replace my settings and history' })).toBeNull();
  });
});

describe('Your data: export', () => {
  it('downloads the settings, history and levels as an indented JSON file through a temporary link, then revokes the URL', async () => {
    await fakeBrowser.storage.local.set({ levels: CURRENT_LEVELS });
    let blob: Blob | undefined;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:desk-reset/1';
    });
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: create, revokeObjectURL: revoke }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      setup();
      // Clicked before the levels are read: the file waits for them.
      fireEvent.click(button('Export settings and history'));
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(clicked[0]!.download).toMatch(/^desk-reset-\d{4}-\d{2}-\d{2}\.json$/);
      expect(clicked[0]!.getAttribute('href')).toBe('blob:desk-reset/1');
      expect(clicked[0]!.isConnected).toBe(false);
      const text = await blob!.text();
      expect(text).toContain('\n  "format": "desk-reset"');
      expect(text).toContain('\n    "log": [\n      {"drillId":"wall-slides",');
      expect(parseImport(text, Date.now())).toEqual({ ok: true, data: { settings: CURRENT, history: CURRENT_HISTORY, levels: CURRENT_LEVELS, checkIns: [] } });
      await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:desk-reset/1'));
      expect(await stored()).toEqual({ ...nothingStored, levels: CURRENT_LEVELS });
      // Once the levels are read, the download follows the click as soon as the own drills are read.
      fireEvent.click(button('Export settings and history'));
      await waitFor(() => expect(clicked).toHaveLength(2));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('Your data: reset', () => {
  it('resets settings only after confirming, keeping the safety acknowledgement and history', async () => {
    await fakeBrowser.storage.sync.set({ settings: toStored(CURRENT) });
    setup();
    fireEvent.click(button('Reset settings to defaults'));
    const confirm = screen.getByRole('group', { name: 'Reset all settings? Your history is kept.' });
    expect(await stored()).toEqual({ ...nothingStored, settings: toStored(CURRENT) });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Reset' }));
    // Every choice forgotten: each setting back to its default, the acknowledgement kept.
    await waitFor(async () => expect((await stored()).settings).toEqual({ safetyAcknowledged: true, version: SETTINGS_VERSION }));
    expect((await stored()).history).toBeUndefined();
    expect(screen.getByRole('status').textContent).toMatch(/reset/);
    expect(button('Reset settings to defaults')).toBeTruthy();
  });

  it('Cancel on the reset confirmation writes nothing', async () => {
    setup();
    fireEvent.click(button('Reset settings to defaults'));
    fireEvent.click(within(screen.getByRole('group', { name: /Reset all settings/ })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Reset all settings/ })).toBeNull();
    await new Promise((r) => setTimeout(r, 10));
    expect(await stored()).toEqual(nothingStored);
  });

  it('clears history only after confirming, keeping settings and, unless asked, levels', async () => {
    await fakeBrowser.storage.local.set({ levels: CURRENT_LEVELS });
    setup();
    fireEvent.click(button('Clear history'));
    const confirm = screen.getByRole('group', { name: /Clear all history/ });
    const box = within(confirm).getByRole('checkbox', { name: 'Also start every drill’s level over' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(await stored()).toEqual({ ...nothingStored, levels: CURRENT_LEVELS });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Clear history' }));
    await waitFor(async () => expect(await stored()).toEqual({ settings: undefined, history: [], days: [], levels: CURRENT_LEVELS }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('History cleared.'));
    expect(screen.queryByRole('checkbox', { name: 'Also start every drill’s level over' })).toBeNull();
  });

  it('starts every drill\'s level over with the history when the box is ticked, and asks afresh each time', async () => {
    await fakeBrowser.storage.local.set({ history: CURRENT_HISTORY.events, levels: CURRENT_LEVELS });
    setup();
    fireEvent.click(button('Clear history'));
    fireEvent.click(screen.getByLabelText('Also start every drill’s level over'));
    fireEvent.click(within(screen.getByRole('group', { name: /Clear all history/ })).getByRole('button', { name: 'Cancel' }));
    // Asked again, the box is clear: one tick never carries over to another time.
    fireEvent.click(button('Clear history'));
    const box = screen.getByLabelText('Also start every drill’s level over') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    expect(await stored()).toEqual({ ...nothingStored, history: CURRENT_HISTORY.events, levels: CURRENT_LEVELS });
    fireEvent.click(within(screen.getByRole('group', { name: /Clear all history/ })).getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('History cleared; every drill’s level starts over.'));
    expect(await stored()).toEqual({ settings: undefined, history: [], days: [], levels: NO_LEVELS });
  });

  it('says why when the history cannot be cleared, and leaves the levels', async () => {
    await fakeBrowser.storage.local.set({ levels: CURRENT_LEVELS });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    setup();
    fireEvent.click(button('Clear history'));
    fireEvent.click(screen.getByLabelText('Also start every drill’s level over'));
    fireEvent.click(within(screen.getByRole('group', { name: /Clear all history/ })).getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Could not clear your history: /));
    expect(await stored()).toEqual({ ...nothingStored, levels: CURRENT_LEVELS });
    expect(screen.getByRole('group', { name: /Clear all history/ })).toBeTruthy();
  });
});
