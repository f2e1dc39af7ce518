// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { orgId } from '../../../src/core/own-world';
import { duplicateDrill } from '../../../src/options/own-store';
import { pictureUrl } from '../program-samples';
import { orgStretch } from './own-library-fixtures';

// Issue 24, review: a copy of an organisation's drill is the user's own, and its picture is stored
// like every picture that came from outside: drawn afresh on a canvas, only its pixels kept.

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const POLICY_PICTURE = pictureUrl('png', 64);
const REDRAWN = pictureUrl('png', 48, 'png', 3);
const org = { drill: { ...orgStretch, id: orgId(orgStretch.name), picture: POLICY_PICTURE }, picture: POLICY_PICTURE };
const stored = async (id: string) => (await fakeBrowser.storage.local.get(`picture.${id}`))[`picture.${id}`];

/** A browser that decodes every picture and draws it as REDRAWN. */
function fakeCanvas() {
  vi.stubGlobal('createImageBitmap', vi.fn(async () => ({ width: 100, height: 100, close: vi.fn() })));
  const drawImage = vi.fn();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as never);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(REDRAWN);
  return drawImage;
}

describe('duplicating an organisation’s drill', () => {
  it('stores its picture drawn afresh, not as the policy gave it', async () => {
    const drawImage = fakeCanvas();
    const copied = await duplicateDrill(org, 'Clinic neck stretch (copy)', () => 0.5);
    expect(copied).toMatchObject({ ok: true, problem: null });
    if (!copied.ok) return;
    expect(drawImage).toHaveBeenCalled();
    expect(await stored(copied.id)).toBe(REDRAWN);
  });

  it('a picture that cannot be drawn is left out: the copy is kept, and the reason said', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn(async () => Promise.reject(new Error('broken'))));
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockRejectedValue(new Error('broken'));
    const copied = await duplicateDrill(org, 'Clinic neck stretch (copy)', () => 0.5);
    expect(copied).toMatchObject({ ok: true, problem: { key: 'own_picture_unreadable' } });
    if (!copied.ok) return;
    expect(await stored(copied.id)).toBeUndefined();
    expect((await fakeBrowser.storage.sync.get(`own.${copied.id}`))[`own.${copied.id}`]).toMatchObject({ name: 'Clinic neck stretch (copy)' });
  });
});
