// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { CATALOG, DRILL_IDS } from '../../../src/core/catalog';
import { orgId } from '../../../src/core/own-world';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { card, cardOf, orgStretch, ownKeys, PNG_URL, renderLibrary, rows, stored, storedPicture, storeOwn, storePolicy } from './own-library-fixtures';

// Issue 24, the drill library on the settings page: the user's own drills and an organisation's
// as cards beside the catalog's, and what the user can do with each.

const ORG = orgId(orgStretch.name);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('own and organisation drills as cards', { timeout: 20_000 }, () => {
  it('shows each as a card like the catalog’s, marked whose it is, counted with the rest and filtered like them', async () => {
    await storeOwn(rows);
    await storePolicy();
    await renderLibrary();
    const own = await cardOf(rows.id);
    expect(own.dataset.source).toBe('own');
    expect(within(own).getByTestId('own-badge').textContent).toBe('Your own drill');
    expect(within(own).getByRole('checkbox', { name: 'Towel rows' })).toHaveProperty('checked', true);
    expect(own.querySelector('.meta')!.textContent).toBe('strength · doorway · standing · 2 sets of 12 · about 36 s at a break');
    expect(within(own).getByRole('combobox', { name: 'Level of Towel rows' })).toBeTruthy();
    expect(within(own).getByRole('button', { name: 'Preview Towel rows' })).toBeTruthy();
    // No picture of its own: the figure it borrows, at the illustration's size, named for it.
    expect(within(own).getByRole('img', { name: 'Towel rows, drawn' }).getAttribute('width')).toBe('120');
    const org = await cardOf(ORG);
    expect(org.dataset.source).toBe('org');
    expect(within(org).getByTestId('own-badge').textContent).toBe('Set by your organisation');
    expect(screen.getByText(`${CATALOG.length + 2} drills.`)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'stretch' } });
    await waitFor(() => expect(card(rows.id)).toBeNull());
    expect(card(ORG)).not.toBeNull();
    const stretches = CATALOG.filter((d) => d.category === 'stretch').length + 1;
    expect(screen.getByText(`${stretches} of ${CATALOG.length + 2} drills shown.`)).toBeTruthy();
  });

  it('shows an own drill’s stored picture at the illustration’s size, with its text alternative', async () => {
    await storeOwn(rows);
    await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: PNG_URL });
    await renderLibrary();
    const own = await cardOf(rows.id);
    const picture = await waitFor(() => within(own).getByRole('img', { name: 'Towel rows, pictured' }));
    expect(picture.getAttribute('src')).toBe(PNG_URL);
    expect(picture.getAttribute('width')).toBe('120');
  });

  it('an organisation’s drill has no Edit or Delete, and can be switched off while its drills are not locked', async () => {
    await storePolicy();
    await renderLibrary();
    const org = await cardOf(ORG);
    expect(within(org).queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(within(org).queryByRole('button', { name: /^Delete/ })).toBeNull();
    const box = within(org).getByRole('checkbox', { name: orgStretch.name }) as HTMLInputElement;
    expect(box.disabled).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(org.dataset.standing).toBe('off');
  });

  it('under a policy that locks its drills, their switch is disabled and says who set it, as a locked setting does', async () => {
    await storePolicy(['drills']);
    await renderLibrary();
    const box = await waitFor(() => {
      const b = within(card(ORG)!).getByRole('checkbox', { name: orgStretch.name }) as HTMLInputElement;
      expect(b.disabled).toBe(true);
      return b;
    });
    expect(box.getAttribute('aria-describedby')).toBe(`locked-${ORG}`);
    expect(document.getElementById(`locked-${ORG}`)!.textContent).toBe('Set by your organisation.');
    expect(document.getElementById(`locked-${ORG}`)!.className).toBe('hint locked');
    // "Switch off all shown" leaves it on.
    fireEvent.click(screen.getByRole('button', { name: 'Switch off all shown' }));
    expect(box.checked).toBe(true);
  });
});

describe('own drills can be the only ones in rotation', { timeout: 20_000 }, () => {
  it('every catalog drill off with an own drill on is no problem; switching the own drill off too is', async () => {
    await storeOwn(rows);
    await renderLibrary({ ...DEFAULT_SETTINGS, safetyAcknowledged: true, disabledDrills: [...DRILL_IDS] });
    await cardOf(rows.id);
    expect(screen.queryByText('Keep at least one drill switched on.')).toBeNull();
    fireEvent.click(within(card(rows.id)!).getByRole('checkbox', { name: 'Towel rows' }));
    expect(screen.getByRole('alert').textContent).toBe('Keep at least one drill switched on.');
  });
});

describe('duplicate, delete and undo', { timeout: 20_000 }, () => {
  it('Duplicate stores a copy named “(copy)” under a new id, with its picture', async () => {
    await storeOwn(rows);
    await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: PNG_URL });
    await renderLibrary();
    fireEvent.click(within(await cardOf(rows.id)).getByRole('button', { name: 'Duplicate Towel rows' }));
    await waitFor(() => expect(screen.getByTestId('own-status').textContent).toBe('Added “Towel rows (copy)”.'));
    const keys = await ownKeys();
    expect(keys).toHaveLength(2);
    const copyId = keys.find((k) => k !== `own.${rows.id}`)!.slice('own.'.length);
    expect(copyId).toMatch(/^own-[a-z0-9]{12}$/);
    expect(await stored(copyId)).toMatchObject({ name: 'Towel rows (copy)', purpose: rows.purpose, steps: rows.steps, dose: rows.dose, figure: 'band-rows' });
    expect(await storedPicture(copyId)).toBe(PNG_URL);
    await cardOf(copyId);
  });

  it('Duplicate makes an organisation’s drill one of the user’s own, to change', async () => {
    await storePolicy();
    await renderLibrary();
    fireEvent.click(within(await cardOf(ORG)).getByRole('button', { name: `Duplicate ${orgStretch.name}` }));
    await waitFor(async () => expect(await ownKeys()).toHaveLength(1));
    const id = (await ownKeys())[0]!.slice('own.'.length);
    expect(await stored(id)).toMatchObject({ name: `${orgStretch.name} (copy)`, dose: orgStretch.dose });
    expect((await cardOf(id)).dataset.source).toBe('own');
  });

  it('Delete removes the drill and its picture at once; Undo brings both back under the same id', async () => {
    await storeOwn(rows);
    await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: PNG_URL });
    await renderLibrary();
    fireEvent.click(within(await cardOf(rows.id)).getByRole('button', { name: 'Delete Towel rows' }));
    const undo = await screen.findByRole('button', { name: 'Undo deleting Towel rows' });
    expect(screen.getByTestId('own-status').textContent).toBe('Deleted “Towel rows”. Undo');
    expect(screen.getByTestId('own-status').getAttribute('role')).toBe('status');
    expect(await stored(rows.id)).toBeUndefined();
    expect(await storedPicture(rows.id)).toBeUndefined();
    await waitFor(() => expect(card(rows.id)).toBeNull());
    // The Delete button went with its card: the focus is on Undo.
    await waitFor(() => expect(document.activeElement).toBe(undo));

    fireEvent.click(undo);
    await waitFor(() => expect(screen.getByTestId('own-status').textContent).toBe('“Towel rows” is back.'));
    expect(await stored(rows.id)).toMatchObject({ name: 'Towel rows', steps: rows.steps, dose: rows.dose, routines: ['morning'] });
    expect(await storedPicture(rows.id)).toBe(PNG_URL);
    await waitFor(() => expect(document.activeElement).toBe(within(card(rows.id)!).getByRole('button', { name: 'Edit Towel rows' })));
  });

  it('Undo puts the record back as it was stored: its place in the list and the fields a newer version wrote', async () => {
    const key = `own.${rows.id}`;
    await storeOwn(rows);
    await fakeBrowser.storage.sync.set({ [key]: { ...((await stored(rows.id)) as object), added: 5, video: { url: 'kept' } } });
    await renderLibrary();
    fireEvent.click(within(await cardOf(rows.id)).getByRole('button', { name: 'Delete Towel rows' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo deleting Towel rows' }));
    await waitFor(() => expect(screen.getByTestId('own-status').textContent).toBe('“Towel rows” is back.'));
    expect(await stored(rows.id)).toMatchObject({ added: 5, video: { url: 'kept' }, name: 'Towel rows' });
  });
});
