/**
 * The browser's own WebExtension namespace, for the few calls that code inside AWS pages needs
 * (runtime.sendMessage, runtime.id, runtime.getURL, i18n). Firefox's `browser` and Chrome's
 * `chrome` (99+) both return promises for these, so the content script does without
 * webextension-polyfill, which would take 3 KB of its 18 KB gzip budget. The worker and the
 * extension pages keep the polyfill (src/shared/browser.ts) for everything else.
 *
 * Resolved on each call, not at import, so tests can stub the global.
 */
export interface ExtApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
  };
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
}

export function ext(): ExtApi {
  const g = globalThis as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser ?? g.chrome) as ExtApi;
}

/** The worker's polyfill answers a rejected handler with this marker instead of an error. */
interface PolyfillReject {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

export function isPolyfillReject(x: unknown): x is PolyfillReject {
  return typeof x === 'object' && x !== null && (x as PolyfillReject).__mozWebExtensionPolyfillReject__ === true;
}
