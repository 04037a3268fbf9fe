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
    // Only a press on a focused control can lose focus; a click on blank space has none to lose.
    if (!doc.activeElement || doc.activeElement === doc.body) return;
    const added: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element) added.push(n);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    // Checked every frame for up to 3 s: the view re-renders only after its write and re-read,
    // and until then focus is still on the pressed control.
    const until = Date.now() + 3000;
    const check = () =>
      requestAnimationFrame(() => {
        const a = doc.activeElement;
        const lost = !a || a === doc.body || !a.isConnected;
        if (!lost || added.length === 0) {
          if (Date.now() < until) return check();
          return observer.disconnect();
        }
        observer.disconnect();
        const target = firstIn(added, HEADING) ?? firstIn(added, CONTROL);
        if (!target) return;
        if (target.matches(HEADING) && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus();
      });
    check();
  };
  doc.addEventListener('click', watch, true);
  doc.addEventListener('keydown', watch, true);
}
