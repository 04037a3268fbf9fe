/**
 * Keeps keyboard and screen-reader users where the action is: when a press (click, Enter or
 * Space) makes the page replace the control that had focus (e.g. "Start this checklist" swaps the
 * questions for the checklist), focus would fall to <body> and the user would start again at the
 * top. Instead it moves to the new content's heading, or its first control. Views that place
 * focus themselves are left alone: this acts only when focus was lost.
 */
const HEADING = 'h2, h3, h4';
const CONTROL = 'button, a[href], input, select, textarea, summary';

function firstIn(added: readonly Element[], selector: string): HTMLElement | null {
  for (const el of added) {
    if (!el.isConnected) continue;
    const hit = el.matches(selector) ? el : el.querySelector(selector);
    if (hit instanceof HTMLElement && hit.checkVisibility()) return hit;
  }
  return null;
}

export function installFocusRescue(doc: Document = document): void {
  const watch = (e: Event) => {
    if (!e.isTrusted) return;
    if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
    const added: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element) added.push(n);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    // Two frames: preact renders after the write's promise settles, then the DOM is in place.
    const check = (left: number) =>
      requestAnimationFrame(() => {
        const a = doc.activeElement;
        if (a && a !== doc.body && a.isConnected) return observer.disconnect();
        if (left > 0 && added.length === 0) return check(left - 1);
        observer.disconnect();
        const target = firstIn(added, HEADING) ?? firstIn(added, CONTROL);
        if (!target) return;
        if (target.matches(HEADING) && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus();
      });
    check(30);
  };
  doc.addEventListener('click', watch, true);
  doc.addEventListener('keydown', watch, true);
}
