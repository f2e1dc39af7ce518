// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { HistoryStore } from '../../../src/core/history';
import type { CheckIn } from '../../../src/core/checkin';
import { buildExport, parseImport } from '../../../src/core/transfer';
import { NO_LEVELS } from '../../../src/core/levels';
import type { DataSection as Section } from '../../../src/options/DataSection';

// The weekly check-ins in the data section: in the file it downloads, and counted in an import's preview.

const NOW = new Date('2026-03-04T10:30:00').getTime();
const CURRENT: Settings = { ...DEFAULT_SETTINGS, safetyAcknowledged: true };
const HISTORY: HistoryStore = { events: [], days: [] };
const mine: CheckIn[] = [
  { week: '2026-02-23', at: NOW - 7 * 86_400_000, score: 6, markers: {} },
  { week: '2026-03-02', at: NOW - 3_600_000, score: 4, markers: { sitTwoHours: 'yes' } },
];

let DataSection: typeof Section;
beforeEach(async () => {
  vi.resetModules();
  ({ DataSection } = await import('../../../src/options/DataSection'));
  await fakeBrowser.storage.local.set({ checkIns: { entries: mine } });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('weekly check-ins in Your data', () => {
  it('go into the exported file', async () => {
    let blob: Blob | undefined;
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: (b: Blob) => ((blob = b), 'blob:x'), revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<DataSection settings={CURRENT} history={HISTORY} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings and history' }));
    await waitFor(() => expect(blob).toBeDefined());
    const read = parseImport(await blob!.text(), Date.now());
    expect(read.ok && read.data.checkIns).toEqual(mine);
  });

  it('are counted in an import’s preview, the ones now beside the file’s', async () => {
    const file = JSON.stringify(buildExport(CURRENT, HISTORY, NO_LEVELS, NOW, [], [mine[0]!]));
    render(<DataSection settings={CURRENT} history={HISTORY} />);
    fireEvent.change(screen.getByLabelText('Import a file'), { target: { files: [new File([file], 'desk-reset.json', { type: 'application/json' })] } });
    const preview = await screen.findByRole('group', { name: /would change/ });
    expect(within(preview).getByText(/2 weekly check-ins now, 1 in the file/)).toBeTruthy();
  });
});
