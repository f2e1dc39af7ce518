import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { OwnId } from '../../src/core/catalog/ids';
import { MAX_PICTURES } from '../../src/core/picture';
import { loadPicture, pictureSpace, PictureLimitError, PICTURE_PREFIX, removePicture, savePicture } from '../../src/platform/pictures';
import { PNG_URL } from './own-fixtures';

// Issue 24 item 2: the pictures of own drills, one key each in storage.local, at most MAX_PICTURES.

const id = (i: number) => `own-p${i}` as OwnId;
const pictureKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(PICTURE_PREFIX)).sort();
const fill = async (n: number) => {
  for (let i = 0; i < n; i++) await savePicture(id(i), PNG_URL);
};
const MIB = 1024 * 1024;
const local = fakeBrowser.storage.local as { getBytesInUse?: unknown };
// The fake is shared by every test file: what this file changes of it, it puts back.
const had = Object.getOwnPropertyDescriptor(local, 'getBytesInUse');

afterEach(() => {
  delete local.getBytesInUse;
  if (had) Object.defineProperty(local, 'getBytesInUse', had);
});

describe('pictures', () => {
  it('are saved, loaded, replaced and removed', async () => {
    expect(await loadPicture('own-a')).toBeNull();
    await savePicture('own-a', PNG_URL);
    expect(await loadPicture('own-a')).toBe(PNG_URL);
    const other = PNG_URL.replace('ggg==', 'ggA==');
    await savePicture('own-a', other);
    expect(await loadPicture('own-a')).toBe(other);
    await removePicture('own-a');
    expect(await loadPicture('own-a')).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it(`refuse the ${MAX_PICTURES + 1}st, storing nothing`, async () => {
    await fill(MAX_PICTURES);
    const before = await fakeBrowser.storage.local.get(null);
    await expect(savePicture(id(MAX_PICTURES), PNG_URL)).rejects.toBeInstanceOf(PictureLimitError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await loadPicture(id(MAX_PICTURES))).toBeNull();
  });

  it('count a drill’s picture once when it is replaced, and make room when one is removed', async () => {
    await fill(MAX_PICTURES);
    await expect(savePicture(id(0), PNG_URL.replace('ggg==', 'ggA=='))).resolves.toBeUndefined();
    await removePicture(id(3));
    await expect(savePicture(id(MAX_PICTURES), PNG_URL)).resolves.toBeUndefined();
    expect(await pictureKeys()).toHaveLength(MAX_PICTURES);
  });

  it('saved many at once, stop at the limit: no two saves both take the last place', async () => {
    const results = await Promise.allSettled(Array.from({ length: MAX_PICTURES + 3 }, (_, i) => savePicture(id(i), PNG_URL)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_PICTURES);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([new PictureLimitError(), new PictureLimitError(), new PictureLimitError()]);
    expect(await pictureKeys()).toHaveLength(MAX_PICTURES);
  });

  it('leave the rest of storage.local alone, and count none of it', async () => {
    await fakeBrowser.storage.local.set({ state: { nextBreakAt: 1 }, 'pictureframe.x': 1 });
    await savePicture('own-a', PNG_URL);
    await removePicture('own-a');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ state: { nextBreakAt: 1 }, 'pictureframe.x': 1 });
    expect((await pictureSpace()).stored).toBe(0);
  });
});

describe('pictureSpace', () => {
  it('says how many pictures are stored, how many more may be, and the bytes left', async () => {
    await fakeBrowser.storage.local.set({ state: { nextBreakAt: 1 } });
    await fill(3);
    const all = await fakeBrowser.storage.local.get(null);
    // Where the browser does not count the bytes, their JSON size stands in.
    expect(await pictureSpace()).toEqual({ stored: 3, left: MAX_PICTURES - 3, bytesFree: 10 * MIB - JSON.stringify(all).length });
  });

  it('takes the browser’s count of bytes where it gives one, the JSON size where it refuses', async () => {
    await fill(1);
    local.getBytesInUse = async () => 4 * MIB;
    expect(await pictureSpace()).toEqual({ stored: 1, left: MAX_PICTURES - 1, bytesFree: 6 * MIB });
    local.getBytesInUse = async () => 11 * MIB;
    expect((await pictureSpace()).bytesFree).toBe(0);
    local.getBytesInUse = () => Promise.reject(new Error('not on this version'));
    expect((await pictureSpace()).bytesFree).toBe(10 * MIB - JSON.stringify(await fakeBrowser.storage.local.get(null)).length);
    // A browser that throws at once instead of rejecting is measured the same way.
    local.getBytesInUse = () => {
      throw new Error('not implemented');
    };
    expect((await pictureSpace()).bytesFree).toBe(10 * MIB - JSON.stringify(await fakeBrowser.storage.local.get(null)).length);
  });

  it('says none are left at the limit', async () => {
    await fill(MAX_PICTURES);
    expect(await pictureSpace()).toMatchObject({ stored: MAX_PICTURES, left: 0 });
  });
});
