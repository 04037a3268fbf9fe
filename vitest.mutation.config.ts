import { defineConfig } from 'vitest/config';
import { BaseSequencer, type Reporter, type RunnerTestCase, type TestSpecification, type Vitest } from 'vitest/node';
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import base from './vitest.config.ts';

/**
 * Quickest test files first. Stryker stops a mutant's run at its first failing test (bail), so a
 * mutant the domain's own small unit tests kill never waits for the slower popup, worker and
 * database tests that also import the module; vitest's own order runs the slowest first. Matters
 * most for module-level ("static") mutants, which run every related test file.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cost = (spec: TestSpecification): number => {
      const results = this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(root, spec.moduleId)}`);
      if (results) return results.duration;
      // Not run yet: a component or database test is slower than a pure one of the same size.
      const slow = /\.tsx$|^test\/(db|dom)\//.test(relative(root, spec.moduleId)) ? 1_000_000 : 0;
      return slow + statSync(spec.moduleId).size / 1000;
    };
    return [...files].sort((a, b) => cost(a) - cost(b));
  }
}

/**
 * A test file that cannot even be loaded counts as one failed test. Stryker's vitest runner
 * (9.6.1) judges a mutant by the tests vitest collected, and a file whose import throws collects
 * none, so a module-level mutant that makes its module throw while loading (every test file
 * importing it fails) was reported as survived (stryker-js#6150; claims.ts's `byId` map). This
 * gives such a file a failed test carrying its load error, before Stryker reads the results.
 */
class UnloadableFileFails implements Reporter {
  private vitest!: Vitest;
  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }
  onTestRunEnd(): void {
    for (const file of this.vitest.state.getFiles()) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      const result = { state: 'fail', errors: file.result.errors };
      const failed = { type: 'test', id: `${file.id}_loads`, name: 'loads', mode: 'run', file, suite: file, result, meta: {}, context: {}, annotations: [], artifacts: [] };
      file.tasks.push(failed as unknown as RunnerTestCase);
    }
  }
}

/**
 * The tests that judge the pure code: test/unit's plain tests and the classifier's fixture pages
 * (test/dom). Left out are the database tests (test/db) and the preact component tests (.tsx):
 * they import the domain but test other layers, and a mutant that survives must run every test
 * related to its file (a module-level one: every test importing it), where those made up most of
 * the time (export-schema.ts: 45 s per surviving mutant with them on a loaded 2-core machine).
 * MUTATION_TESTS (comma-separated globs) narrows the set further for a file whose module-level
 * mutants would otherwise each run slow, unrelated tests (the site data: the panel's DOM tests);
 * a score judged by a narrower set is a lower bound, and the README says which set judged it.
 */
const MUTATION_TESTS = process.env.MUTATION_TESTS?.split(',') ?? ['test/unit/**/*.test.ts', 'test/dom/**/*.test.ts'];

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
    sequence: { ...base.test?.sequence, sequencer: QuickestFirst },
    // First: the default reporter then prints the added test with the file's failure.
    reporters: [new UnloadableFileFails(), 'default'],
    projects: (base.test?.projects ?? [])
      .filter((p) => typeof p === 'object' && 'test' in p && p.test?.name === 'unit')
      .map((p) => (typeof p === 'object' && 'test' in p ? { ...p, test: { ...p.test, include: MUTATION_TESTS } } : p)),
  },
});
