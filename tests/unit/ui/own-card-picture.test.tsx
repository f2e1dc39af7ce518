// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { SVG_URL } from '../program-samples';
import { cardOf, PNG_URL, renderLibrary, rows, storeOwn } from './own-library-fixtures';

// Issue 24, review: the library's card shows a drill's stored picture only when it is a picture of
// a type Desk Reset takes, checked as the break view checks it (one hook for both).

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Stored bytes of an SVG with a script, named as a PNG: what a type check by name alone lets by. */
const SVG_AS_PNG = SVG_URL.replace('data:image/svg+xml;', 'data:image/png;');
const other = { ...rows, id: 'own-other', name: 'Wall sits' };

describe('a drill’s stored picture on its card', { timeout: 20_000 }, () => {
  it('is shown when it is a picture we take, and kept current when it changes', async () => {
    await storeOwn(rows);
    await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: PNG_URL });
    await renderLibrary();
    const card = await cardOf(rows.id);
    await waitFor(() => expect(within(card).getByTestId('own-card-picture').getAttribute('src')).toBe(PNG_URL));
    await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: SVG_AS_PNG });
    await waitFor(() => expect(within(card).queryByTestId('own-card-picture')).toBeNull());
  });

  for (const [what, url] of [['an SVG', SVG_URL], ['an SVG named as a PNG', SVG_AS_PNG], ['not a data URL', 'https://example.com/a.png']] as const) {
    it(`is left out when it is ${what}: the card shows the figure it borrows`, async () => {
      await storeOwn(rows, other);
      await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: url, [`picture.${other.id}`]: PNG_URL });
      await renderLibrary();
      const card = await cardOf(rows.id);
      // The other card's picture, read at the same time, is drawn: this one's read has come back too.
      await waitFor(async () => expect(within(await cardOf(other.id)).getByTestId('own-card-picture')).toBeTruthy());
      expect(within(card).queryByTestId('own-card-picture')).toBeNull();
      expect(within(card).getByRole('img', { name: 'Towel rows, drawn' })).toBeTruthy();
    });
  }
});
