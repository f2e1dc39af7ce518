import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import type { Plugin } from 'vite';
import base from './vitest.config';

// Stryker runs the unit project alone: the E2E tests launch Chromium, minutes per mutant.
const unit = base.test?.projects?.find((p): p is TestProjectInlineConfiguration => typeof p === 'object' && 'test' in p && p.test?.name === 'unit');
if (!unit) throw new Error('vitest.config.ts has no "unit" project.');

// The Stryker runner starts Vitest with worker threads, which overrides any `pool` set here. A
// thread cannot change its time zone (its process.env is a copy Node does not watch), so the
// time-zone tests would fail; the pool is set back to child processes once Vitest has resolved it.
const forks: Plugin = {
  name: 'desk-reset:stryker-forks',
  configureVitest({ project }) {
    project.config.pool = 'forks';
  },
};

export default defineConfig({
  ...unit,
  plugins: [...(unit.plugins ?? []), forks],
  test: {
    ...unit.test,
    // Instrumented code runs several times slower, so the property tests get more time.
    testTimeout: 60_000,
    // Each mutant reruns the property tests: a tenth of their cases (tests/unit/runs.ts).
    env: { ...unit.test?.env, MUTATION_RUNS_DIVISOR: '10' },
  },
});
