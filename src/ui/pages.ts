// ext(), not the polyfill: getURL is all these need, and the polyfill is 10 KB the popup's
// first screen would load and evaluate before it could draw (issue #14).
import { ext } from '../shared/ext.ts';

/** The overview page; `due` opens it filtered to the accounts with a reminder due. */
export function overviewUrl(filter?: 'due'): string {
  return ext().runtime.getURL(`src/overview/index.html${filter ? `#${filter}` : ''}`);
}

/** The popup page in a tab, at one of its hash routes (src/popup/route.ts). */
export function popupUrl(hash: string): string {
  return ext().runtime.getURL(`src/popup/index.html${hash}`);
}
