import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ICON_SIZES, renderIcon } from '../../scripts/icons.mjs';
import manifest from '../../manifest.json' with { type: 'json' };

const png = (size: number) => readFileSync(new URL(`../../icons/icon-${size}.png`, import.meta.url));

describe('icons', () => {
  it.each(ICON_SIZES)('icon-%i.png is the SVG source rendered at that size', (size) => {
    const file = png(size);
    expect(file.readUInt32BE(16)).toBe(size); // PNG header: width
    expect(file.readUInt32BE(20)).toBe(size); // height
    expect(Buffer.compare(file, renderIcon(size)), 'run `npm run icons` after editing icons/icon.svg').toBe(0);
  });

  it('the manifest names exactly the generated sizes', () => {
    expect(Object.keys(manifest.icons).map(Number)).toEqual(ICON_SIZES);
  });
});
