import { browser } from '../shared/browser.ts';

/** The overview page; `due` opens it filtered to the accounts with a reminder due. */
export function overviewUrl(filter?: 'due'): string {
  return browser.runtime.getURL(`src/overview/index.html${filter ? `#${filter}` : ''}`);
}

/** The popup page in a tab, at one of its hash routes (src/popup/route.ts). */
export function popupUrl(hash: string): string {
  return browser.runtime.getURL(`src/popup/index.html${hash}`);
}
