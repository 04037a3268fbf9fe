/**
 * Keeps the page from switching the panel off through its host's attributes (issue #9 item 2):
 * a page that rewrites or removes `style` or `data-page`, or adds `hidden`, `inert`, `popover`
 * or anything else, gets the host's own attributes back at once. Only the host's attributes are
 * observed (a handful of records at most). A page that fights back in a loop gets its way after
 * a bounded number of restores rather than a hung tab.
 */
const LIMIT = 50;
const WINDOW_MS = 10_000;

export interface Intended {
  style(): string;
  page(): string;
}

export function guardHost(el: HTMLElement, intended: Intended): () => void {
  let restores: number[] = [];
  const observer = new MutationObserver(() => {
    const style = intended.style();
    const page = intended.page();
    const extra = Array.from(el.attributes).filter((a) => a.name !== 'style' && a.name !== 'data-page');
    if (el.getAttribute('style') === style && el.getAttribute('data-page') === page && extra.length === 0) return;
    const now = Date.now();
    restores = restores.filter((t) => now - t < WINDOW_MS);
    if (restores.length >= LIMIT) return;
    restores.push(now);
    for (const a of extra) el.removeAttribute(a.name);
    if (el.getAttribute('style') !== style) el.setAttribute('style', style);
    if (el.getAttribute('data-page') !== page) el.setAttribute('data-page', page);
  });
  observer.observe(el, { attributes: true });
  return () => observer.disconnect();
}
