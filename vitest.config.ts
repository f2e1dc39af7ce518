import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// TEST_SEED shuffles the files and the tests of both suites in a replayable order (.ci/run picks
// one and prints it), so no test can lean on another having run first.
const seed = process.env.TEST_SEED ? Number(process.env.TEST_SEED) : undefined;
if (seed !== undefined && !Number.isSafeInteger(seed)) throw new Error(`TEST_SEED must be a whole number, not "${process.env.TEST_SEED}"`);
const sequence = seed === undefined ? {} : { sequence: { shuffle: true, seed } };

export default defineConfig({
  test: {
    ...sequence,
    projects: [
      {
        plugins: [preact()],
        resolve: { alias: { 'webextension-polyfill': fileURLToPath(new URL('tests/unit/polyfill.ts', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          // Files share one module registry, as they would leak into each other if a test left
          // global state behind: the suite has to pass this way.
          isolate: false,
          ...sequence,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A saved setting takes the form's pause (400 ms), then the write pace (up to 500 ms after
          // the last write), then the browser: more than expect.poll's default second on a busy machine.
          expect: { poll: { timeout: 5000 } },
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          ...sequence,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          expect: { poll: { timeout: 5000 } },
          // One Firefox at a time, for the same reason.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          ...sequence,
        },
      },
    ],
  },
});
