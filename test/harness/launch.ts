/**
 * Launches Chromium with the built extension in a fresh (or given) profile, the way the e2e
 * tests, `npm start`, `npm run demo` and the benchmark all need it.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
}

export interface LaunchOptions {
  /** Reuse a profile (browser-restart tests); a new temporary one otherwise. */
  userDataDir?: string;
  headless?: boolean;
  /** Browser UI language, e.g. 'ja' (sets --lang and the LANGUAGE variable). */
  lang?: string;
  /** Load the extension (false for the benchmark's baseline). */
  withExtension?: boolean;
  extraArgs?: string[];
  /** Another build to load instead of dist/ (the benchmark's "before" runs). */
  dist?: string;
}

// Without the background-networking flags Chromium tries Google's hosts at every start, which
// this project's machines refuse; the tests must see zero requests leave the browser.
const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
];

export async function launch(opts: LaunchOptions = {}): Promise<Launched> {
  const executablePath = ensureChromium();
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'mfa-lifeline-'));
  const withExtension = opts.withExtension ?? true;
  const args = [...QUIET_ARGS, ...(opts.extraArgs ?? [])];
  const dist = opts.dist ?? DIST;
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  if (opts.lang) args.push(`--lang=${opts.lang}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    args,
    locale: opts.lang,
    env: { ...process.env, ...(opts.lang ? { LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` } : {}) },
    viewport: { width: 1280, height: 900 },
  });
  if (!withExtension) return { context, worker: undefined as unknown as Worker, extensionId: '', userDataDir };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}

export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
}
