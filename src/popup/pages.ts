import { browser } from '../shared/browser.ts';

/** Our own extension pages, opened in a tab from the popup (contracts §6). */
export function drillUrl(accountKey: string): string {
  return browser.runtime.getURL(`src/drill/index.html#account=${encodeURIComponent(accountKey)}`);
}

export function kitUrl(accountKey?: string): string {
  return browser.runtime.getURL(`src/kit/index.html${accountKey ? `#account=${encodeURIComponent(accountKey)}` : ''}`);
}
