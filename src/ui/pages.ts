// ext(), not the polyfill: getURL is all these pages need, and the polyfill is code the popup's
// and the overview's first screens would fetch and run before they could draw (issues #13, #14).
import { ext } from '../shared/ext.ts';

/** The overview page; `due` opens it filtered to the accounts with a reminder due. */
export function overviewUrl(filter?: 'due'): string {
  return ext().runtime.getURL(`src/overview/index.html${filter ? `#${filter}` : ''}`);
}

/** The popup page in a tab, at one of its hash routes (src/popup/route.ts). */
export function popupUrl(hash: string): string {
  return ext().runtime.getURL(`src/popup/index.html${hash}`);
}
