import { defineConfig, configDefaults } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * The e2e files written against the browser-neutral harness (test/e2e/harness/) that also run
 * in Firefox (`npm run test:e2e:firefox`); every e2e file runs in Chromium except firefox-*.
 */
const FIREFOX_E2E = [
  'test/e2e/foundation.e2e.ts',
  'test/e2e/detect-pages.e2e.ts',
  'test/e2e/spa-walk.e2e.ts',
  'test/e2e/popup-account.e2e.ts',
  'test/e2e/popup-locked-out-now.e2e.ts',
  'test/e2e/drill-nothing-stored.e2e.ts',
  'test/e2e/reminder-event-page.e2e.ts',
  'test/e2e/page-isolation.e2e.ts',
  'test/e2e/takeover.e2e.ts',
  'test/e2e/update-orphan.e2e.ts',
  'test/e2e/reminders-many.e2e.ts',
  'test/e2e/link-phone.e2e.ts',
  'test/e2e/handoff.e2e.ts',
  'test/e2e/kit.e2e.ts',
  'test/e2e/console-panel.e2e.ts',
  'test/e2e/panel-ui.e2e.ts',
  'test/e2e/panel-injected.e2e.ts',
  'test/e2e/firefox-*.e2e.ts',
];

const E2E = {
  environment: 'node',
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
} as const;

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
          ...E2E,
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**/firefox-*.e2e.ts'],
          env: { E2E_BROWSER: 'chromium' },
        },
      },
      {
        extends: true,
        test: {
          ...E2E,
          name: 'e2e-firefox',
          include: FIREFOX_E2E,
          env: { E2E_BROWSER: 'firefox' },
        },
      },
    ],
  },
});
