import { defineConfig, configDefaults } from 'vitest/config';
import preact from '@preact/preset-vite';

// Kept apart from vite.config.ts so the crx plugin never enters the test pipeline.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/db/**/*.test.ts', 'test/dom/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude],
        },
      },
      {
        // Checks on the built dist/ and dist-firefox/ (run after `npm run build:all`).
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['test/build/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          // A real browser on a loaded 2-core CI machine: a store write and re-render can take
          // longer than expect.poll's default second.
          expect: { poll: { timeout: 5_000 } },
          // One more try for a test that failed, so a scheduling hiccup on a loaded machine does
          // not fail CI; a test that fails twice fails. Vitest's report names every retried test,
          // and each one found so far was a race in the test, fixed at its cause.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
