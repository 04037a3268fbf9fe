/** The Chromium driver: playwright-core, one persistent context with the unpacked build of dist/. */
import type { BrowserContext, Page } from 'playwright-core';
import { launch, extensionUrl, type Launched, type LaunchOptions } from '../../harness/launch.ts';
import { goOffline, type Offline } from '../../harness/offline.ts';
import { focusMarked, locate } from './in-page.ts';
import { contentScriptStarted } from '../content-started.ts';
import { describeTarget, spec, storeThrough } from './common.ts';
import type { E2EBrowser, E2ELaunchOptions, E2EPage, Target } from './types.ts';

export interface ChromiumE2E extends E2EBrowser {
  /** The Playwright objects, for Chromium-only tests and the useBrowser() adapter. */
  readonly launched: Launched;
  readonly offline: Offline;
}

export function wrapPlaywrightPage(page: Page): E2EPage {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const at = async (target: Target) => {
    const hit = await page.evaluate(locate, spec(target));
    if (!hit) throw new Error(`no element ${describeTarget(target)} in ${page.url()}`);
    return hit;
  };
  return {
    errors,
    url: async () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    addInitScript: async (fn) => void (await page.addInitScript(fn)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 5000) => void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs })),
    click: async (target) => {
      const { x, y } = await at(target);
      await page.mouse.click(x, y);
    },
    fill: async (target, text) => {
      const { mark } = await at(target);
      if (!(await page.evaluate(focusMarked, mark))) throw new Error(`lost ${describeTarget(target)}`);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Delete');
      await page.keyboard.type(text);
    },
    setFiles: async (target, paths) => {
      const { mark } = await at(target);
      await page.locator(`[data-e2e-target="${mark}"]`).setInputFiles(paths);
    },
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    contentScriptStarted: (timeoutMs) => contentScriptStarted(page, timeoutMs),
    close: () => page.close(),
  };
}

export async function launchChromium(opts: E2ELaunchOptions & LaunchOptions = {}): Promise<ChromiumE2E> {
  const { resolver: _r, idleTimeoutMs: _i, ...launchOptions } = opts;
  const launched = await launch(launchOptions);
  const offline = await goOffline(launched.context, opts.resolver);
  const extensionErrors: string[] = [];
  const watch = (context: BrowserContext) => {
    context.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) extensionErrors.push(`${m.location().url}: ${m.text()}`);
    });
    context.on('weberror', (e) => {
      const url = e.page()?.url() ?? '';
      if (url.startsWith('chrome-extension://')) extensionErrors.push(`${url}: ${e.error().message}`);
    });
  };
  watch(launched.context);
  launched.worker.on('console', (m) => m.type() === 'error' && extensionErrors.push(`worker: ${m.text()}`));
  // A hidden extension tab, as in Firefox: an extension context with every API the manifest
  // grants, from which runtime.sendMessage reaches the worker (the worker cannot message itself).
  let host: Promise<Page> | null = null;
  const run = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    host ??= (async () => {
      const page = await launched.context.newPage();
      await page.goto(extensionUrl(launched.extensionId, 'src/popup/index.html'));
      return page;
    })();
    return (await host).evaluate(fn as never, arg) as Promise<R>;
  };
  return {
    name: 'chromium',
    launched,
    offline,
    refused: offline.refused,
    extensionErrors,
    userDataDir: launched.userDataDir,
    serve: (url, html) => offline.serve(url, html),
    extensionUrl: (path) => extensionUrl(launched.extensionId, path),
    async newPage(url) {
      const page = await launched.context.newPage();
      if (url) await page.goto(url);
      return wrapPlaywrightPage(page);
    },
    tabCount: async () => launched.context.pages().length,
    async nextTab(act, urlPrefix) {
      const [page] = await Promise.all([launched.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(urlPrefix), timeout: 10_000 }), act()]);
      await page.waitForLoadState('load');
      return wrapPlaywrightPage(page);
    },
    async openExtensionPage(path) {
      const page = await launched.context.newPage();
      await page.goto(extensionUrl(launched.extensionId, path));
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrapPlaywrightPage(page);
    },
    extension: (fn, arg) => run(fn, arg as never),
    store: storeThrough(run),
    close: () => launched.context.close(),
  };
}
