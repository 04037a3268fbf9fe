import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * The unit project alone, for StrykerJS (stryker.config.mjs). Its vitest runner cannot pick a
 * project, so with `related` it would also start the e2e files that import a domain module; and
 * its `testFiles` option cannot narrow instead, because it makes Stryker activate module-level
 * ("static") mutants only after the module was loaded, so those could never be detected.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: (base.test?.projects ?? []).filter((p) => typeof p === 'object' && 'test' in p && p.test?.name === 'unit'),
  },
});
