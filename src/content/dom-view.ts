/**
 * The live document seen through the classifier's PageView: only visible elements and visible
 * text count. One view serves one classification pass and caches what it computed, because the
 * page does not change in between (passes run once per animation frame).
 */
import type { PageView } from '../site/classify.ts';
import { hasPhrase, norm, type Phrase } from '../site/text.ts';

/** Text in these is never shown to the user (inline JSON of Next.js pages, templates). */
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'mfa-lifeline-panel']);

export function isVisible(el: Element): boolean {
  // happy-dom (tests) has no UA stylesheet for [hidden]; browsers would agree anyway.
  if (el.closest('[hidden]:not([hidden="until-found"])')) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
  }
  return true;
}

const textOf = (n: Node): string => norm(n.textContent ?? '');

/**
 * The innermost visible element whose text contains a phrase. The phrase may span several child
 * elements ("<b>Call</b> me now"); an occurrence inside a hidden child (or inside <script>) does not
 * make its visible parent count.
 */
export function visibleMatch(el: Element, list: readonly Phrase[]): Element | null {
  let inChild = false;
  for (const child of Array.from(el.children)) {
    if (!hasPhrase(textOf(child), list)) continue;
    inChild = true;
    if (INVISIBLE.has(child.localName)) continue;
    const found = visibleMatch(child, list);
    if (found) return found;
  }
  return !inChild && isVisible(el) ? el : null;
}

export interface DomView extends PageView {
  /** The element of the latest positive answer: the panel is placed beside its form. */
  readonly anchor: Element | null;
}

export function createDomView(doc: Document, url: string): DomView {
  const seen = new Map<string | readonly Phrase[], Element | null>();
  let body: string | undefined;
  let anchor: Element | null = null;
  const hit = (el: Element | null): boolean => {
    if (el) anchor = el;
    return !!el;
  };
  return {
    url,
    get anchor() {
      return anchor;
    },
    visible(selector) {
      if (!seen.has(selector)) seen.set(selector, Array.from(doc.querySelectorAll(selector)).find(isVisible) ?? null);
      return hit(seen.get(selector)!);
    },
    text(list) {
      if (!seen.has(list)) {
        const root = doc.body;
        body ??= root ? textOf(root) : '';
        seen.set(list, root && hasPhrase(body, list) ? visibleMatch(root, list) : null);
      }
      return hit(seen.get(list)!);
    },
  };
}
