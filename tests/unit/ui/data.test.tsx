// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, toStored, type Settings } from '../../../src/core/settings';
import type { BreakEvent, HistoryStore } from '../../../src/core/history';
import { buildExport, parseImport } from '../../../src/core/transfer';
import { DataSection } from '../../../src/options/DataSection';

const NOW = new Date('2026-03-02T10:30:00').getTime();
const ev = (at: number): BreakEvent => ({ at, outcome: 'done', dueAt: at - 1000, shownAt: at - 500, drillId: 'chin-tucks', rating: null, seconds: 60 });

const CURRENT: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true, intervalMinutes: 90 };
const CURRENT_HISTORY: HistoryStore = { events: [ev(NOW - 5000), ev(NOW)], days: [] };
const INCOMING: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true, intervalMinutes: 60, workDays: [1, 2, 3, 4, 5, 6] };
const INCOMING_HISTORY: HistoryStore = { events: [ev(NOW - 86_400_000), ev(NOW - 3_600_000), ev(NOW - 60_000)], days: [{ day: '2025-01-01', done: 2, skipped: 0, snoozed: 1, natural: 0, paused: 0, held: 0 }] };
const GOOD = JSON.stringify(buildExport(INCOMING, INCOMING_HISTORY, NOW), null, 2);

const stored = async () => ({
  settings: (await fakeBrowser.storage.sync.get('settings')).settings,
  history: (await fakeBrowser.storage.local.get('history')).history,
  days: (await fakeBrowser.storage.local.get('historyDays')).historyDays,
});
const nothingStored = { settings: undefined, history: undefined, days: undefined };

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
    choose('x'.repeat(1_200_000));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('1.2 MB'));
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

  it('previews a good file and writes only after confirming', async () => {
    setup();
    choose(GOOD);
    const preview = await screen.findByRole('group', { name: /would change/ });
    expect(within(preview).getByText('Minutes between breaks: 90 → 60')).toBeTruthy();
    expect(within(preview).getByText('Working days: Mon–Fri → Mon–Sat')).toBeTruthy();
    expect(within(preview).getByText('History: 2 events now, 3 events and 1 older day in the file (the file replaces your history)')).toBeTruthy();
    expect(await stored()).toEqual(nothingStored);

    fireEvent.click(within(preview).getByRole('button', { name: 'Replace my settings and history' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported.'));
    expect(await stored()).toEqual({ settings: toStored(INCOMING), history: INCOMING_HISTORY.events, days: INCOMING_HISTORY.days });
    expect(screen.queryByRole('group', { name: /would change/ })).toBeNull();
  });

  it('a settings write the browser refuses leaves everything as it was, history included, and says why', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...toStored(CURRENT), fromNewerVersion: 1 } });
    await fakeBrowser.storage.local.set({ history: CURRENT_HISTORY.events });
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
  it('downloads the settings and history as an indented JSON file through a temporary link, then revokes the URL', async () => {
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
      fireEvent.click(button('Export settings and history'));
      expect(clicked).toHaveLength(1);
      expect(clicked[0]!.download).toMatch(/^desk-reset-\d{4}-\d{2}-\d{2}\.json$/);
      expect(clicked[0]!.getAttribute('href')).toBe('blob:desk-reset/1');
      expect(clicked[0]!.isConnected).toBe(false);
      const text = await blob!.text();
      expect(text).toContain('\n  "format": "desk-reset"');
      expect(parseImport(text, Date.now())).toEqual({ ok: true, data: { settings: CURRENT, history: CURRENT_HISTORY } });
      await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:desk-reset/1'));
      expect(await stored()).toEqual(nothingStored);
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

  it('clears history only after confirming, keeping settings', async () => {
    setup();
    fireEvent.click(button('Clear history'));
    const confirm = screen.getByRole('group', { name: /Clear all history/ });
    expect(await stored()).toEqual(nothingStored);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Clear history' }));
    await waitFor(async () => expect(await stored()).toEqual({ settings: undefined, history: [], days: [] }));
    expect(screen.getByRole('status').textContent).toBe('History cleared.');
  });
});
