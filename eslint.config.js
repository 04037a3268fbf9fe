import tseslint from 'typescript-eslint';

/**
 * Lint rules that guard the architecture: who may import what (see README "Architecture").
 * The content script runs in AWS's origin, so it must never reach the database (that would open
 * IndexedDB in AWS's origin) or otplib (secrets never enter an AWS page).
 */
const contentForbidden = [
  { group: ['**/shared/db/**', '**/shared/db', 'idb', 'idb/*'], message: 'Content scripts run in AWS\'s origin: reach data through messages to the worker.' },
  { group: ['otplib', 'otplib/*', '@otplib/*', '**/drill/**', '**/domain/totp*'], message: 'No TOTP code in AWS pages.' },
  { group: ['**/popup/**', '**/background/**', '**/kit/**', '**/overview/**', '**/ui/**'], message: 'Entry points do not import each other.' },
  { group: ['libphonenumber-js', 'libphonenumber-js/*'], message: 'Phone parsing runs in the worker (cs→bg/phone:format) to keep the content script small.' },
];

/** What every extension page (popup, kit, overview, shared UI) may not import. */
const pagePatterns = [
  { group: ['**/content/**', '**/background/**'], message: 'Extension pages talk to the worker by messages.' },
  { group: ['otplib', 'otplib/*', '@otplib/*'], message: 'TOTP lives on the drill page only.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'release/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: contentForbidden }] },
  },
  {
    files: ['src/domain/**', 'src/site/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/shared/browser*', 'webextension-polyfill', 'idb', 'preact', 'preact/*'], message: 'Domain and site code is pure: no browser APIs, no UI.' },
        { group: ['**/content/**', '**/popup/**', '**/background/**', '**/drill/**', '**/kit/**'], message: 'Domain code does not import entry points.' },
      ] }],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'indexedDB', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['src/background/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['**/content/**', '**/popup/**', '**/drill/**', '**/kit/**', 'preact', 'preact/*'], message: 'The worker has no DOM and imports no UI.' },
    ] }] },
  },
  {
    files: ['src/popup/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: pagePatterns }] },
  },
  {
    // Pages share UI through src/ui/, never by importing another page's modules.
    files: ['src/kit/**', 'src/overview/**', 'src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      ...pagePatterns,
      { group: ['**/popup/**', '**/kit/**', '**/overview/**', '**/drill/**'], message: 'Shared UI lives in src/ui/.' },
    ] }] },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
