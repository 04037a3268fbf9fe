// ext(), not the polyfill: these pages' first screens need only getURL, and the polyfill is 21 KB
// of code to fetch and run before them (issue #13).
import { ext } from '../shared/ext.ts';

/** The overview page; `due` opens it filtered to the accounts with a reminder due. */
export function overviewUrl(filter?: 'due'): string {
  return ext().runtime.getURL(`src/overview/index.html${filter ? `#${filter}` : ''}`);
}

/** The popup page in a tab, at one of its hash routes (src/popup/route.ts). */
export function popupUrl(hash: string): string {
  return ext().runtime.getURL(`src/popup/index.html${hash}`);
}
