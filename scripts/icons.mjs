// Renders icons/icon.svg to the PNG sizes the manifest names. Run after editing the SVG:
//   npm run icons
// The output is deterministic, and a unit test checks the committed PNGs match the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128];
const dir = fileURLToPath(new URL('../icons/', import.meta.url));

export function renderIcon(size) {
  const svg = readFileSync(`${dir}icon.svg`, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of ICON_SIZES) {
    writeFileSync(`${dir}icon-${size}.png`, renderIcon(size));
    console.log(`icons/icon-${size}.png`);
  }
}
