/**
 * Addresses of the extension's own pages, resolved against the page's own address: the same as
 * runtime.getURL gives, without touching `runtime`, whose bindings the browser builds on first
 * use (a V8 profile of the overview's first render showed them, 7–8 ms under load). The popup's
 * and the overview's first screens draw these links and need nothing else of `runtime`
 * (issues #13, #14); the polyfill is not needed either.
 */
function own(path: string): string {
  return new URL(`/${path}`, globalThis.location.href).href;
}

/** The overview page; `due` opens it filtered to the accounts with a reminder due. */
export function overviewUrl(filter?: 'due'): string {
  return own(`src/overview/index.html${filter ? `#${filter}` : ''}`);
}

/** The popup page in a tab, at one of its hash routes (src/popup/route.ts). */
export function popupUrl(hash: string): string {
  return own(`src/popup/index.html${hash}`);
}
