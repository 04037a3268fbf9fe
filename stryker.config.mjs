// Mutation testing of the pure code (domain rules and the site classifier): `npm run test:mutation`,
// or one file: `npm run test:mutation -- --mutate src/domain/readiness.ts`. Not part of `npm test`
// (the whole run takes about half an hour on a 2-core machine). Scores per file: README, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/domain/**/*.ts', 'src/site/**/*.ts'],
  // The unit project only (see that file for why), and of it only the tests that import the file.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Each mutant runs only the tests that reached its code in the first run.
  coverageAnalysis: 'perTest',
  // The machine is shared; one test process keeps the run from starving everything else.
  concurrency: 1,
  // The type checker would need the whole program per mutant; the tests judge instead.
  checkers: [],
  thresholds: { high: 95, low: 90, break: null },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // A mutant that runs longer than its tests did plus this is counted as detected (a timeout). On a
  // loaded machine module-level mutants (a worker restart each) took over 10 s and "timed out" in
  // bulk, which flattered the score; a minute leaves that to real endless loops.
  timeoutMS: 60_000,
};
