import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/i18n';
import { fitPicture, MAX_PICTURES, PICTURE_MAX_BYTES, pictureProblem, picturesLeft, sniffPicture } from '../../src/core/picture';

// Issue 24 item 2, the rules a picture meets before and after the page redraws it.

const bytes = (...b: number[]) => new Uint8Array([...b, ...Array(Math.max(0, 12 - b.length)).fill(0)]);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const WEBP = bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBP'));

describe('sniffPicture', () => {
  it.each([
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a WebP', WEBP, 'image/webp'],
    ['an SVG named .png', bytes(...ascii('<svg xmlns=')), null],
    ['a GIF', bytes(...ascii('GIF89a')), null],
    ['a WAV (RIFF, but not WEBP)', bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVE')), null],
    ['a PNG signature with one byte wrong', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b), null],
    ['a file shorter than any signature', new Uint8Array([0xff, 0xd8]), null],
  ] as const)('%s: %s', (_what, head, type) => {
    expect(sniffPicture(head)).toBe(type);
  });
});

describe('pictureProblem', () => {
  it('takes a picture of up to 2 MB', () => {
    expect(pictureProblem(PICTURE_MAX_BYTES, JPEG)).toBeNull();
    expect(pictureProblem(1, PNG)).toBeNull();
  });
  it('refuses a larger one, saying its size', () => {
    expect(pictureProblem(PICTURE_MAX_BYTES + 1, JPEG)).toEqual(msg('picture_too_big', 2, 0));
    expect(pictureProblem(5.5 * 1024 * 1024, JPEG)).toEqual(msg('picture_too_big', 5, 5));
  });
  it('refuses an empty file and one that is no picture', () => {
    expect(pictureProblem(0, PNG)).toEqual(msg('picture_empty'));
    expect(pictureProblem(300, bytes(...ascii('<svg')))).toEqual(msg('picture_not_image'));
  });
});

describe('fitPicture', () => {
  it.each([
    [[4000, 3000], [480, 360]],
    [[3000, 4000], [360, 480]],
    [[480, 480], [480, 480]],
    [[200, 100], [200, 100]],
    [[10_000, 1], [480, 1]],
  ] as const)('%j is drawn at %j', ([w, h], [width, height]) => {
    expect(fitPicture(w, h)).toEqual({ width, height });
  });
});

describe('picturesLeft', () => {
  it('counts down to the limit and no further', () => {
    expect(picturesLeft(0)).toBe(MAX_PICTURES);
    expect(picturesLeft(MAX_PICTURES - 1)).toBe(1);
    expect(picturesLeft(MAX_PICTURES)).toBe(0);
    expect(picturesLeft(MAX_PICTURES + 3)).toBe(0);
  });
});
