// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { cardOf, ownKeys, renderLibrary, rows, stored, storeOwn } from './own-library-fixtures';

// Issue 24, writing a drill: the form's fields, its messages beside each wrong field (as the
// settings form shows them), saving and editing, a refused write, and closing it by keyboard.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const form = () => screen.getByTestId('own-form');
const field = (label: string) => within(form()).getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const button = (name: string) => within(form()).getByRole('button', { name });

async function openForm(): Promise<HTMLElement> {
  const add = screen.getByTestId('own-add');
  fireEvent.click(add);
  await screen.findByTestId('own-form');
  return add;
}

/** A drill as a physiotherapist wrote it, typed into the form. */
async function fillIn() {
  type('Name', 'Prone Y raise');
  type('What it is for', 'Lower trapezius');
  type('Step 1', 'Lie face down, arms in a Y.');
  fireEvent.click(button('Add a step'));
  await waitFor(() => field('Step 2'));
  type('Step 2', 'Lift both arms, thumbs up.');
  fireEvent.change(field('Category'), { target: { value: 'strength' } });
  fireEvent.change(field('Position'), { target: { value: 'floor' } });
  type('Repetitions per set', '8');
  type('Sets', '2');
  fireEvent.click(button('Add a phase'));
  await waitFor(() => field('Phase 1'));
  fireEvent.change(field('Phase 1'), { target: { value: 'raise' } });
  type('Seconds for phase 1', '2');
  type('Rest between sets, in seconds (optional)', '45');
  fireEvent.click(within(form()).getByRole('checkbox', { name: 'Evening wind-down' }));
  fireEvent.click(within(form()).getByRole('checkbox', { name: 'Move its level with my ratings' }));
}

describe('the form', { timeout: 20_000 }, () => {
  it('is a labelled dialog whose groups are fieldsets with legends; Escape closes it and gives the focus back to the button that opened it', async () => {
    await renderLibrary();
    const add = await openForm();
    const dialog = screen.getByRole('dialog', { name: 'Add your own drill' });
    expect(dialog.contains(form())).toBe(true);
    // Apart from the settings form: a form may not hold another.
    expect(form().parentElement!.closest('form')).toBeNull();
    expect(document.activeElement).toBe(field('Name'));
    for (const legend of ['Steps (1 to 8)', 'Equipment it needs', 'Also in these routines', 'Dose', 'Done as', 'Tempo of one repetition (optional)', 'Picture (optional)']) {
      expect(within(form()).getByRole('group', { name: legend }).tagName).toBe('FIELDSET');
    }
    fireEvent.keyDown(field('Name'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(add));
  });

  it('says beside each wrong field what is wrong, as the settings form does, and puts the focus on the first', async () => {
    await renderLibrary();
    await openForm();
    type('What it is for', 'Lower trapezius');
    type('Sets', '9');
    type('Rest between sets, in seconds (optional)', '2');
    fireEvent.click(button('Save drill'));
    const name = field('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('own-name-error')!.textContent).toBe('Write something here.');
    expect(document.getElementById('own-name-error')!.getAttribute('role')).toBe('alert');
    expect(name.getAttribute('aria-describedby')).toBe('own-name-error');
    expect(field('Step 1').getAttribute('aria-describedby')).toBe('own-step-0-error');
    expect(document.getElementById('own-step-0-error')!.textContent).toBe('Write something here.');
    expect(document.getElementById('own-sets-error')!.textContent).toBe('Choose a value from 1 to 5.');
    expect(document.getElementById('own-rest-error')!.textContent).toBe('Choose a value from 5 to 180 seconds.');
    expect(field('Rest between sets, in seconds (optional)').getAttribute('aria-describedby')).toBe('own-rest-hint own-rest-error');
    expect(field('What it is for').getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(await ownKeys()).toEqual([]);

    // Fixed, the message goes as the user types.
    type('Name', 'Y raise');
    await waitFor(() => expect(document.getElementById('own-name-error')).toBeNull());
    fireEvent.click(button('Save drill'));
    await waitFor(() => expect(document.activeElement).toBe(field('Step 1')));
  });

  it('saves a new drill with every field the user wrote, closes, and says so; the card appears', async () => {
    await renderLibrary();
    const add = await openForm();
    await fillIn();
    fireEvent.click(button('Save drill'));
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    const [key] = await ownKeys();
    expect(key).toMatch(/^own\.own-[a-z0-9]{12}$/);
    const id = key!.slice('own.'.length);
    expect(await stored(id)).toMatchObject({
      name: 'Prone Y raise',
      purpose: 'Lower trapezius',
      steps: ['Lie face down, arms in a Y.', 'Lift both arms, thumbs up.'],
      cue: '',
      category: 'strength',
      equipment: ['none'],
      position: 'floor',
      dose: { kind: 'reps', reps: 8, sets: 2, perSide: false, tempo: [{ phase: 'raise', seconds: 2 }], rest: 45 },
      routines: ['evening'],
      levels: false,
      figure: null,
    });
    expect(screen.getByTestId('own-status').textContent).toBe('Saved “Prone Y raise”.');
    await waitFor(() => expect(document.activeElement).toBe(add));
    const card = await cardOf(id);
    expect(within(card).getByTestId('level').textContent).toBe('Levels off: always the dose as written.');
  });

  it('a write the browser refuses says why and keeps everything in the form', async () => {
    await renderLibrary();
    await openForm();
    await fillIn();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(button('Save drill'));
    const problem = await screen.findByTestId('own-save-problem');
    expect(problem.textContent).toBe('Could not save the drill: your browser’s synced storage is full; delete a drill you no longer use. What you wrote stays in the form; try again.');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(field('Name').value).toBe('Prone Y raise');
    expect(field('Step 2').value).toBe('Lift both arms, thumbs up.');
    expect(await ownKeys()).toEqual([]);
    // The next try goes through.
    fireEvent.click(button('Save drill'));
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    expect(await ownKeys()).toHaveLength(1);
  });

  it('Edit opens the same form filled in; saving keeps the drill’s id', async () => {
    await storeOwn(rows);
    await renderLibrary();
    const edit = within(await cardOf(rows.id)).getByRole('button', { name: 'Edit Towel rows' });
    fireEvent.click(edit);
    await screen.findByRole('dialog', { name: 'Edit “Towel rows”' });
    expect(field('Name').value).toBe('Towel rows');
    expect(field('Step 3').value).toBe('Return slowly.');
    expect(field('Repetitions per set').value).toBe('12');
    expect(field('Rest between sets, in seconds (optional)').value).toBe('30');
    expect((within(form()).getByRole('checkbox', { name: 'doorway' }) as HTMLInputElement).checked).toBe(true);
    expect((within(form()).getByRole('checkbox', { name: 'Morning mobility' }) as HTMLInputElement).checked).toBe(true);
    expect((field('Or draw it with a built-in figure') as unknown as HTMLSelectElement).value).toBe('band-rows');
    fireEvent.click(button('Remove step 3'));
    await waitFor(() => expect(within(form()).queryByLabelText('Step 3')).toBeNull());
    type('Name', 'Towel rows, slow');
    fireEvent.click(button('Save drill'));
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    expect(await ownKeys()).toEqual([`own.${rows.id}`]);
    expect(await stored(rows.id)).toMatchObject({ name: 'Towel rows, slow', steps: rows.steps.slice(0, 2), dose: rows.dose, added: 1000 });
    await waitFor(() => expect(document.activeElement).toBe(within(document.querySelector(`li.card[data-drill="${rows.id}"]`)!).getByRole('button', { name: 'Edit Towel rows, slow' })));
  });

  it('Cancel closes without saving anything', async () => {
    await renderLibrary();
    const add = await openForm();
    type('Name', 'Half written');
    fireEvent.click(button('Cancel'));
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    expect(await ownKeys()).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(add));
  });
});
