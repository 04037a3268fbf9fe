/**
 * The Firefox driver: puppeteer-core over WebDriver BiDi with Debian's firefox-esr, the build of
 * dist-firefox/ installed as a temporary add-on (../shared/research/firefox-e2e.md). Request
 * interception is per page, so every tab this driver opens serves fixtures and refuses the rest;
 * the event page cannot be counted that way (its CSP keeps it off the network). Extension errors
 * are read from Firefox's stdout, where devtools.console.stdout.* sends them (BiDi log events do
 * not cover the event page).
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../harness/launch.ts';
import { ensureFirefox, hasLanguagePack } from '../../harness/firefox.ts';
import { focusMarked, locate } from './in-page.ts';
import { describeTarget, sleep, spec, storeThrough } from './common.ts';
import type { E2EBrowser, E2ELaunchOptions, E2EPage, Target } from './types.ts';

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
/** The gecko id of vite.config.ts, and a fixed UUID so extension pages have a known origin. */
export const GECKO_ID = 'mfa-lifeline@mfa-lifeline.dev';
export const EXTENSION_UUID = '0f4c1a5e-6b2d-4e3f-9a17-3c5d8e2b1a60';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxE2E extends E2EBrowser {
  /** The puppeteer Browser, for Firefox-only checks. */
  readonly browser: Browser;
  /** Every line Firefox printed (for diagnosing a failure). */
  readonly output: string[];
}

/** Noise Firefox prints that says nothing about the extension (firefox-e2e.md, Quirks). */
const NOISE = [/Script terminated by timeout/, /libnotify/i, /remote-settings/i, /RSLoader/, /JSWindowActorChild/, /resource:\/\//, /chrome:\/\//];

/**
 * An extension error line: an uncaught error in, or an error or warning naming, one of the
 * extension's files; or a console.error (Firefox prints those without their file) that is not
 * Firefox's own (its internals name resource:// or chrome:// files).
 */
export function isExtensionError(line: string): boolean {
  if (NOISE.some((n) => n.test(line))) return false;
  if (line.includes(ORIGIN) || line.includes(GECKO_ID)) return /error|uncaught/i.test(line);
  return line.startsWith('console.error:');
}

/** Puppeteer names keys like the DOM (KeyA); tests pass Playwright's ('a', 'Tab', 'Enter'). */
const keyName = (key: string) => key;

function wrapPage(page: Page, refused: string[], serveFor: (url: URL) => string | null): E2EPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push((e as Error).message ?? String(e)));
  page.on('request', (request: HTTPRequest) => {
    const raw = request.url();
    // Our own files (and inline data) are not network requests. resourceType() throws under BiDi.
    if (/^(moz-extension|data|blob|about):/.test(raw)) return void request.continue().catch(() => undefined);
    const body = request.isNavigationRequest() ? serveFor(new URL(raw)) : null;
    if (body !== null) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(() => undefined);
    refused.push(raw);
    return void request.abort('blockedbyclient').catch(() => undefined);
  });
  const at = async (target: Target) => {
    const hit = await page.evaluate(locate, spec(target));
    if (!hit) throw new Error(`no element ${describeTarget(target)} in ${page.url()}`);
    return hit;
  };
  const wrapped: E2EPage = {
    errors,
    url: () => page.evaluate(() => location.href),
    async goto(url) {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load' });
        return;
      }
      // BiDi sends no navigation events for extension pages: goto() loads the page but never
      // resolves. Start it, then poll the document until it is the one asked for and loaded.
      void page.goto(url).catch(() => undefined);
      const want = url.replace(/#.*/, '');
      for (let i = 0; i < 400; i++) {
        await sleep(25);
        const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
        if (state && state[0].replace(/#.*/, '') === want && state[1] === 'complete') return;
      }
      throw new Error(`extension page ${url} did not load`);
    },
    async reload() {
      const url = await wrapped.url();
      if (!url.startsWith('moz-extension:')) return void (await page.reload({ waitUntil: 'load' }));
      await page.evaluate(() => ((window as unknown as { __e2eOld: boolean }).__e2eOld = true));
      void page.reload().catch(() => undefined);
      for (let i = 0; i < 400; i++) {
        await sleep(25);
        const fresh = await page.evaluate(() => !(window as unknown as { __e2eOld?: boolean }).__e2eOld && document.readyState === 'complete').catch(() => false);
        if (fresh) return;
      }
      throw new Error(`extension page ${url} did not reload`);
    },
    addInitScript: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    async waitFor(fn, arg, timeoutMs = 5000) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg as never);
    },
    async click(target) {
      const { x, y } = await at(target);
      await page.mouse.click(x, y);
    },
    async fill(target, text) {
      const { mark } = await at(target);
      if (!(await page.evaluate(focusMarked, mark))) throw new Error(`lost ${describeTarget(target)}`);
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    async setFiles(target, paths) {
      const { mark } = await at(target);
      const input = await page.$(`[data-e2e-target="${mark}"]`);
      if (!input) throw new Error(`lost ${describeTarget(target)}`);
      await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...paths);
    },
    press: (key) => page.keyboard.press(keyName(key) as never),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async contentScriptStarted(timeoutMs = 8000) {
      // WebDriver BiDi shows no content-script realm, and the script marks nothing in the page, so
      // Firefox tests wait for the load plus the time an idle-injected script needs for its first
      // passes (firefox-e2e.md measured panels 0.5-2.4 s after goto, about 1 s on average).
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: timeoutMs, polling: 50 });
      await sleep(FIREFOX_CONTENT_SETTLE_MS);
    },
    close: () => page.close(),
  };
  return wrapped;
}

/** See contentScriptStarted: how long a Firefox test lets an idle-injected script run first. */
const FIREFOX_CONTENT_SETTLE_MS = 1500;

export async function launchFirefox(opts: E2ELaunchOptions = {}): Promise<FirefoxE2E> {
  const executablePath = ensureFirefox();
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'mfa-lifeline-ff-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    // Quiet: no update checks, telemetry or remote settings polls (they would be refused anyway).
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    // Firefox asks every site for /favicon.ico by itself: a browser request, not the extension's.
    'browser.chrome.site_icons': false,
  };
  if (opts.idleTimeoutMs !== undefined) prefs['extensions.background.idle.timeout'] = opts.idleTimeoutMs;
  if (opts.lang) {
    if (opts.lang !== 'en' && !hasLanguagePack(executablePath, opts.lang)) {
      throw new Error(`Firefox at ${executablePath} has no ${opts.lang} language pack, so its UI cannot be ${opts.lang}: install it (Debian: apt-get install firefox-esr-l10n-${opts.lang}).`);
    }
    prefs['intl.accept_languages'] = opts.lang;
    prefs['intl.locale.requested'] = opts.lang;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    // Without it BiDi refuses to navigate a tab to a moz-extension:// URL.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, ...(opts.lang ? { LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` } : {}) },
  });
  const output: string[] = [];
  const extensionErrors: string[] = [];
  const proc = browser.process();
  let rest = '';
  const onData = (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      output.push(line);
      if (isExtensionError(line)) extensionErrors.push(line);
    }
  };
  proc?.stdout?.on('data', onData);
  proc?.stderr?.on('data', onData);

  await browser.installExtension(DIST_FIREFOX);
  const refused: string[] = [];
  const extra = new Map<string, string>();
  const key = (u: URL) => `${u.origin}${u.pathname}${u.search}`;
  const serveFor = (u: URL) => extra.get(key(u)) ?? opts.resolver?.(u) ?? null;

  const newPage = async (url?: string) => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const wrapped = wrapPage(page, refused, serveFor);
    if (url) await wrapped.goto(url);
    return wrapped;
  };
  let host: Promise<E2EPage> | null = null;
  const run = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    // A hidden extension tab stands in for the event page, which BiDi cannot evaluate in.
    host ??= newPage(`${ORIGIN}/src/popup/index.html`);
    return (await host).evaluate(fn, arg);
  };
  return {
    name: 'firefox',
    browser,
    output,
    refused,
    extensionErrors,
    userDataDir,
    serve: (url, html) => void extra.set(key(new URL(url)), html),
    extensionUrl: (path) => `${ORIGIN}/${path.replace(/^\//, '')}`,
    newPage,
    openExtensionPage: (path) => newPage(`${ORIGIN}/${path.replace(/^\//, '')}`),
    tabCount: async () => (await browser.pages()).length,
    async nextTab(act, urlPrefix) {
      // BiDi reports no navigation of a tab to an extension page (firefox-e2e.md): its target
      // keeps saying about:blank. Take the tab that was not there before, and ask its document.
      const before = new Set(await browser.pages());
      await act();
      for (let i = 0; i < 400; i++) {
        for (const page of await browser.pages()) {
          if (before.has(page)) continue;
          const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
          if (state && state[0].startsWith(urlPrefix) && state[1] === 'complete') return wrapPage(page, refused, serveFor);
        }
        await sleep(25);
      }
      throw new Error(`no tab at ${urlPrefix} opened`);
    },
    extension: (fn, arg) => run(fn, arg as never),
    store: storeThrough(run),
    async close() {
      await browser.close();
    },
  };
}
