// Mutation testing (`npm run mutation`): too slow for `npm test`, run it by hand before merging
// changes to core or the worker. One file: `npm run mutation -- --mutate src/core/stats.ts`.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    // The unit project alone, with more time per test (see there).
    configFile: 'vitest.stryker.config.ts',
    // Each mutant runs only the test files that import its source file.
    related: true,
  },
  mutate: ['src/core/**/*.ts', 'src/background/**/*.ts'],
  // The machines have two cores, often shared.
  concurrency: 2,
  coverageAnalysis: 'perTest',
  // Reruns reuse the results of unchanged code and tests.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
