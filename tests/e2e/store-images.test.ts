import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { makeStoreScreenshots, pngSize, STORE_IMAGES } from '../../scripts/screenshots.mjs';
import { chromePath, DIST } from './harness';

// npm run screenshots makes the store's images from a build of its own; here from dist/, the same code.
describe('store images', () => {
  it('are five 1280 × 800 pictures of the real extension: the break, between breaks, the welcome, the drill library, progress', async () => {
    const out = mkdtempSync(join(tmpdir(), 'desk-reset-store-'));
    try {
      const files = await makeStoreScreenshots({ extensionDir: DIST, outDir: out, chromePath: chromePath() });
      expect(files.map((f) => basename(f, '.png'))).toEqual(STORE_IMAGES);
      for (const file of files) {
        expect(pngSize(file), file).toEqual({ width: 1280, height: 800 });
        // A blank or failed capture compresses to almost nothing.
        expect(statSync(file).size, file).toBeGreaterThan(30_000);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
