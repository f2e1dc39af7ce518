// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { cardOf, ownKeys, PNG_URL, renderLibrary, rows, storedPicture, storeOwn } from './own-library-fixtures';

// Issue 24, a drill's picture: refused by its bytes and size before anything decodes it, redrawn
// through a canvas at most 480 px, stored apart from the drill, at most 40 of them.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A file of `size` bytes that starts like a PNG. */
function pngFile(size: number, name = 'exercise.png'): File {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_SIGNATURE);
  return new File([bytes], name, { type: 'image/png' });
}

/**
 * A browser that decodes every picture as `width`×`height` and, like Firefox ESR, makes a PNG when
 * asked for WebP: what the canvas was asked to draw is kept.
 */
function fakeCanvas(width: number, height: number) {
  const bitmap = { width, height, close: vi.fn() };
  vi.stubGlobal('createImageBitmap', vi.fn(async () => bitmap));
  const drawImage = vi.fn();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as never);
  const toDataURL = vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(function (this: HTMLCanvasElement) {
    return PNG_URL;
  });
  return { drawImage, toDataURL, bitmap };
}

const form = () => screen.getByTestId('own-form');
const fileInput = () => within(form()).getByLabelText(/^Choose (a|another) picture$/) as HTMLInputElement;
const choose = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });
const problem = () => document.getElementById('own-picture-file-error')?.textContent;

async function openForm() {
  fireEvent.click(screen.getByTestId('own-add'));
  await screen.findByTestId('own-form');
}

async function storePictures(n: number) {
  for (let i = 0; i < n; i++) await fakeBrowser.storage.local.set({ [`picture.own-p${i}`]: PNG_URL });
}

describe('a picture refused', { timeout: 20_000 }, () => {
  it('an SVG under a .png name is refused by its bytes, beside the file field, before any decoder sees it', async () => {
    const decoder = vi.fn();
    vi.stubGlobal('createImageBitmap', decoder);
    await renderLibrary();
    await openForm();
    choose(new File([SVG], 'exercise.png', { type: 'image/png' }));
    await waitFor(() => expect(problem()).toBe('This file is not a PNG, JPEG or WebP picture.'));
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(fileInput().getAttribute('aria-describedby')).toBe('own-picture-file-hint own-picture-file-error');
    expect(decoder).not.toHaveBeenCalled();
    expect(within(form()).queryByTestId('own-form-picture')).toBeNull();
  });

  it('a 3 MB file is refused with its size said', async () => {
    fakeCanvas(100, 100);
    await renderLibrary();
    await openForm();
    choose(pngFile(3 * 1024 * 1024));
    await waitFor(() => expect(problem()).toBe('This picture is 3.0 MB; a picture may be at most 2 MB.'));
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it('a file that looks like a picture but cannot be decoded says so', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn(async () => Promise.reject(new Error('broken'))));
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockRejectedValue(new Error('broken'));
    await renderLibrary();
    await openForm();
    choose(pngFile(2000));
    await waitFor(() => expect(problem()).toBe('This picture could not be read. Save it again as PNG or JPEG and try once more.'));
  });
});

describe('a picture taken', { timeout: 20_000 }, () => {
  it('is redrawn at most 480 px, shown in the form and stored apart from the drill when it is saved', async () => {
    const canvas = fakeCanvas(1200, 600);
    await renderLibrary();
    await openForm();
    fireEvent.input(within(form()).getByLabelText('Name'), { target: { value: 'Wall angels' } });
    fireEvent.input(within(form()).getByLabelText('What it is for'), { target: { value: 'Posture' } });
    fireEvent.input(within(form()).getByLabelText('Step 1'), { target: { value: 'Back to the wall.' } });
    choose(pngFile(5000, 'angels.jpg'));
    const preview = await within(form()).findByRole('img', { name: 'Wall angels, pictured' });
    expect(preview.getAttribute('src')).toBe(PNG_URL);
    expect(canvas.drawImage).toHaveBeenCalledWith(canvas.bitmap, 0, 0, 480, 240);
    // WebP asked for first; a browser that gives PNG instead has its PNG kept.
    expect(canvas.toDataURL.mock.calls.map((c) => c[0])).toEqual(['image/webp', 'image/png']);
    expect(canvas.bitmap.close).toHaveBeenCalled();
    fireEvent.click(within(form()).getByRole('button', { name: 'Save drill' }));
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    const id = (await ownKeys())[0]!.slice('own.'.length);
    expect(await storedPicture(id)).toBe(PNG_URL);
    expect((await fakeBrowser.storage.sync.get(`own.${id}`))[`own.${id}`]).not.toHaveProperty('picture');
    // The card reads its picture once it is drawn.
    expect((await within(await cardOf(id)).findByRole('img', { name: 'Wall angels, pictured' })).getAttribute('src')).toBe(PNG_URL);
  });

  it('Remove picture takes it away when the drill is saved', async () => {
    await storeOwn(rows);
    await fakeBrowser.storage.local.set({ [`picture.${rows.id}`]: PNG_URL });
    await renderLibrary();
    fireEvent.click(within(await cardOf(rows.id)).getByRole('button', { name: 'Edit Towel rows' }));
    fireEvent.click(await within(await screen.findByTestId('own-form')).findByRole('button', { name: 'Remove picture' }));
    await waitFor(() => expect(within(form()).queryByTestId('own-form-picture')).toBeNull());
    fireEvent.click(within(form()).getByRole('button', { name: 'Save drill' }));
    await waitFor(() => expect(screen.queryByTestId('own-form')).toBeNull());
    expect(await storedPicture(rows.id)).toBeUndefined();
  });

  it('dropped on an own drill’s card, is stored for it; a bad one dropped there is refused in the status line', async () => {
    fakeCanvas(300, 300);
    await storeOwn(rows);
    await renderLibrary();
    const card = await cardOf(rows.id);
    fireEvent.drop(card, { dataTransfer: { files: [new File([SVG], 'x.webp')] } });
    await waitFor(() => expect(screen.getByTestId('own-status').textContent).toBe('“Towel rows”: This file is not a PNG, JPEG or WebP picture.'));
    expect(await storedPicture(rows.id)).toBeUndefined();
    fireEvent.drop(card, { dataTransfer: { files: [pngFile(4000)] } });
    await waitFor(() => expect(screen.getByTestId('own-status').textContent).toBe('New picture for “Towel rows”.'));
    expect(await storedPicture(rows.id)).toBe(PNG_URL);
    await waitFor(() => within(card).getByRole('img', { name: 'Towel rows, pictured' }));
  });
});

describe('the space for pictures', { timeout: 20_000 }, () => {
  it('says how many more can be stored and how much space is free, in the plural the number takes', async () => {
    await storePictures(38);
    await renderLibrary();
    await openForm();
    await waitFor(() => expect(document.getElementById('own-picture-file-hint')!.textContent).toMatch(/ 2 more pictures can be stored; \d+(\.\d)? MB free\.$/));
    cleanup();
    await fakeBrowser.storage.local.set({ 'picture.own-p38': PNG_URL });
    await renderLibrary();
    await openForm();
    await waitFor(() => expect(document.getElementById('own-picture-file-hint')!.textContent).toMatch(/ 1 more picture can be stored; \d+(\.\d)? MB free\.$/));
  });

  it('with 40 stored, a new one is refused at once with a clear message', async () => {
    fakeCanvas(100, 100);
    await storePictures(40);
    await renderLibrary();
    await openForm();
    await waitFor(() => expect(document.getElementById('own-picture-file-hint')!.textContent).toMatch(/ 0 more pictures can be stored/));
    choose(pngFile(2000));
    await waitFor(() => expect(problem()).toBe('No more pictures can be stored: Desk Reset keeps at most 40. First remove the picture of a drill you no longer need.'));
  });

  it('the 41st stored meanwhile (another tab): the save is refused, nothing is written and the form stays', async () => {
    fakeCanvas(100, 100);
    await storePictures(39);
    await renderLibrary();
    await openForm();
    fireEvent.input(within(form()).getByLabelText('Name'), { target: { value: 'Wall angels' } });
    fireEvent.input(within(form()).getByLabelText('What it is for'), { target: { value: 'Posture' } });
    fireEvent.input(within(form()).getByLabelText('Step 1'), { target: { value: 'Back to the wall.' } });
    await waitFor(() => expect(document.getElementById('own-picture-file-hint')!.textContent).toMatch(/ 1 more picture/));
    choose(pngFile(2000));
    await within(form()).findByTestId('own-form-picture');
    await fakeBrowser.storage.local.set({ 'picture.own-p39': PNG_URL });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save drill' }));
    const refused = await screen.findByTestId('own-save-problem');
    expect(refused.textContent).toBe('No more pictures can be stored: Desk Reset keeps at most 40. First remove the picture of a drill you no longer need.');
    expect(await ownKeys()).toEqual([]);
    expect((within(form()).getByLabelText('Name') as HTMLInputElement).value).toBe('Wall angels');
  });
});
