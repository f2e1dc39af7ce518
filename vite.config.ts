import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Extension pages load from disk, so source maps only add weight to the package.
    sourcemap: false,
    target: 'chrome127',
  },
  // Chromium blocks a dev server's websocket inside extension pages on this machine; builds are what we test.
  server: { port: 5273, strictPort: true },
});
