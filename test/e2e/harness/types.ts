/**
 * The browser-neutral face of the e2e harness: what a test may ask of "a browser with the built
 * extension", whichever browser drives it. The Chromium driver (playwright-core) and the Firefox
 * driver (puppeteer-core over WebDriver BiDi) both implement it, so a test written against these
 * types runs in both. Tests that need one browser's own API keep using its raw objects.
 */
import type { FixtureResolver } from '../../harness/offline.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface E2ELaunchOptions {
  /** Serve these pages at their URLs (every other request is refused and counted). */
  resolver?: FixtureResolver;
  /** Browser UI language, e.g. 'ja'. */
  lang?: string;
  /** Reuse a profile (Chromium restart tests); a new temporary one otherwise. */
  userDataDir?: string;
  /**
   * Firefox only: unload the idle event page after this many ms (extensions.background.idle.timeout),
   * so a test can see the extension come back from a cold start. Chromium keeps its worker alive
   * while a driver is attached (toolchain.md G12).
   */
  idleTimeoutMs?: number;
}

/** A page (tab) of the browser: an AWS fixture page or an extension page. */
export interface E2EPage {
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Runs `fn` in the page's main world at the start of every document it loads from now on,
   * before any of the page's or the extension's scripts (what a hostile page's first script can do).
   */
  addInitScript(fn: () => void): Promise<void>;
  /** Runs `fn` in the page (its own realm: for an extension page, with the extension's APIs). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns something truthy; fails after `timeoutMs`. */
  waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real (trusted) mouse click in the middle of the first element `find` returns. */
  click(target: Target): Promise<void>;
  /** Focuses the element, selects what it holds and types `text` with real key events. */
  fill(target: Target, text: string): Promise<void>;
  /** Chooses these files in the `<input type="file">` found, as the user's file dialog would. */
  setFiles(target: Target, paths: string[]): Promise<void>;
  /** A real key press (Playwright key names: 'Tab', 'Enter', 'a'). */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Resolves once the extension's content script has started in this page. The script leaves no
   * mark a page could read (issue #9), so each driver asks the browser itself (see the drivers).
   */
  contentScriptStarted(timeoutMs?: number): Promise<void>;
  /** Uncaught errors of the page since it was opened. */
  readonly errors: string[];
  close(): Promise<void>;
}

/**
 * How to find an element in the page, searched through open shadow roots too: a CSS selector,
 * optionally narrowed to elements whose text (or aria-label, or label) contains `text`.
 */
export type Target = string | { css: string; text?: string; label?: string };

export interface E2EBrowser {
  readonly name: BrowserName;
  /** Every URL asked for and refused: must stay empty (the extension makes no request). */
  readonly refused: string[];
  /** Errors the extension printed (worker/event page, extension pages): must stay empty. */
  readonly extensionErrors: string[];
  /** The profile directory (to relaunch with it). */
  readonly userDataDir: string;
  /** Serve `html` at exactly this URL (ignoring the hash), on top of the resolver. */
  serve(url: string, html: string): void;
  extensionUrl(path: string): string;
  /** A new tab, optionally navigated (fixtures served, everything else refused). */
  newPage(url?: string): Promise<E2EPage>;
  /** How many tabs are open (the harness's own hidden extension tab included). */
  tabCount(): Promise<number>;
  /**
   * Runs `act` and returns the tab it opens whose URL starts with `urlPrefix` (e.g. the link
   * page the worker opens on a panel click), once its document has loaded.
   */
  nextTab(act: () => Promise<unknown>, urlPrefix: string): Promise<E2EPage>;
  /** A new tab showing an extension page, e.g. 'src/popup/index.html#/settings', loaded. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Runs `fn` in an extension context (a hidden extension page): alarms, notifications, action. */
  extension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The extension's database, read and written inside the extension's origin. */
  readonly store: StoreAccess;
  close(): Promise<void>;
}

export interface StoreAccess {
  /** Resolves once the extension has created and migrated its database. */
  ready(): Promise<void>;
  getAll<T>(store: string): Promise<T[]>;
  get<T>(store: string, key: string): Promise<T | undefined>;
  /** Writes records in one transaction, then tells open pages and the worker (store-change channel). */
  put(writes: StoreWrite[]): Promise<void>;
  /** Merges `patch` into one record in one transaction (creating it when absent), then announces it. */
  patch(store: string, key: string, patch: Record<string, unknown>): Promise<void>;
  /** Empties the named stores in one transaction, then announces it (a retried test starts clean). */
  clear(stores: string[]): Promise<void>;
  /** Every database of the extension's origin with every store's keys and values (binary as hex). */
  dump(): Promise<Record<string, Record<string, { key: unknown; value: unknown }[]>>>;
}

export interface StoreWrite {
  store: string;
  value: unknown;
  /** For stores without an in-line key (settings). */
  key?: string;
}
