// ext(), not the polyfill: getURL is all these need, and the polyfill is 10 KB the popup's
// first screen would load and evaluate before it could draw (issue #14).
import { ext } from '../shared/ext.ts';

/** Our own extension pages, opened in a tab from the popup (contracts §6). */
export function drillUrl(accountKey: string): string {
  return ext().runtime.getURL(`src/drill/index.html#account=${encodeURIComponent(accountKey)}`);
}

export function kitUrl(accountKey?: string): string {
  return ext().runtime.getURL(`src/kit/index.html${accountKey ? `#account=${encodeURIComponent(accountKey)}` : ''}`);
}
