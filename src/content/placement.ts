/**
 * The panel's placement on the live page: measures what must stay clickable (the page's controls
 * on screen) and what should stay readable (its text, its form's box), asks the pure geometry
 * (placement-geometry.ts) where the panel may go, and applies the answer. Re-runs when the page
 * re-lays out (ResizeObserver), scrolls or resizes, at most once per frame.
 *
 * Three modes, written to the shadow root's box as data-mode:
 *   float  the panel in free space beside the page's form;
 *   dock   no free space (or the user minimized it): a small bar at an edge, clear of controls;
 *   open   the user opened the bar: the panel over the page until Escape or a click outside.
 */
import { dockSpot, GAP, openDockBox, place, type Placement, type Rect, type Size } from './placement-geometry.ts';

const CONTROLS = 'input:not([type="hidden"]), button, select, textarea, a[href], summary, [role="button"], [role="link"], [contenteditable=""], [contenteditable="true"]';
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'HEAD']);
const PANEL_WIDTH = 360;
const MIN_HEIGHT = 220;
const BAR = { width: 240, height: 44 };

export type Mode = 'float' | 'dock' | 'open';

export interface PlacementController {
  /**
   * Re-measures in the next frame. With the element that decided the page (the detector's passes):
   * only if that element is a new one or a cheap look says the page's controls, its form's box,
   * the window or the panel changed since the last placement (see `check`).
   */
  update(anchor?: Element | null): void;
  /** The bar was activated: float if there is room, else open the dock over the page. */
  expand(): void;
  /** Escape or the minimize button: back to the bar, focus back where it was. */
  minimize(): void;
  /** The keyboard shortcut: bring the panel up and put focus in it. */
  summon(): void;
  readonly mode: Mode;
  stop(): void;
}

const toRect = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

function visible(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : true;
}

/** Controls of the page on screen (ours excluded), as rectangles. */
function controlRects(doc: Document, host: Element, vw: number, vh: number): Rect[] {
  const out: Rect[] = [];
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    if (host.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > vh || r.right < 0 || r.left > vw) continue;
    if (visible(el)) out.push(toRect(r));
  }
  return out;
}

/** Text of the page on screen, line runs as rectangles (a paragraph's box, not its full-width block). */
function textRects(doc: Document, host: Element, vw: number, vh: number): Rect[] {
  const out: Rect[] = [];
  const body = doc.body;
  if (!body) return out;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || SKIP_TEXT.has(parent.tagName) || !n.textContent?.trim() || host.contains(parent)) continue;
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > vh || r.right < 0 || r.left > vw) continue;
    out.push(toRect(r));
  }
  return out;
}

export function createPlacement(host: HTMLElement, box: HTMLElement): PlacementController {
  const doc = host.ownerDocument;
  const win = doc.defaultView!;
  let anchor: Element | null = null;
  let mode: Mode = 'float';
  let minimized = false;
  let open = false;
  let last: Placement | null = null;
  let frame = 0;
  /** Where focus was in the page before it came into the panel. */
  let returnTo: Element | null = null;
  /** What the last placement was computed from (controls, form box, window, panel sizes), as a key. */
  let basis = '';

  const panel = () => box.querySelector<HTMLElement>('section.panel');
  const bar = () => box.querySelector<HTMLElement>('.dock');
  const barButton = () => box.querySelector<HTMLElement>('.dock button');

  function area(): Element | null {
    return anchor?.closest('form, dialog, [role="dialog"], main') ?? anchor;
  }

  /** The geometry a placement depends on, cheap to read (no walk over the page's text). */
  function look(s: HTMLElement) {
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    const hard = controlRects(doc, host, vw, vh);
    const a = area();
    const ar = a?.isConnected ? toRect(a.getBoundingClientRect()) : null;
    const content = s.scrollHeight;
    const bw = bar()?.offsetWidth || BAR.width;
    const bh = bar()?.offsetHeight || BAR.height;
    const id = JSON.stringify([vw, vh, content, bw, bh, ar, hard]);
    return { vw, vh, hard, ar, content, bw, bh, id };
  }

  /**
   * The detector's periodic pass while the page stays on one step (issue #14): placing the panel
   * anew walks every text of the page and searches free space, a few milliseconds on a busy page
   * every half second. The controls (never to be covered), the form's box, the window and the
   * panel's size are read instead (the pass runs between frames, where layout is clean) and the
   * panel is placed again only if one of them moved. Text moving on its own is not looked for
   * here; the panel's own sizes, the document's size, scrolling and resizing re-place it at once.
   */
  function check(): void {
    const s = panel();
    if (!s || !basis || look(s).id !== basis) schedule();
  }

  function measure(): void {
    frame = 0;
    const s = panel();
    if (!s || !host.isConnected) return;
    const { vw, vh, hard, ar, content, bw, bh, id } = look(s);
    basis = id;
    const soft = textRects(doc, host, vw, vh);
    const current = last?.mode === 'float' ? { left: last.left, top: last.top } : null;
    const view = { width: vw, height: vh };
    const needs = { width: Math.min(PANEL_WIDTH, vw - 2 * GAP), wantHeight: content, minHeight: Math.min(content, MIN_HEIGHT), bar: { width: bw, height: bh } };
    // Clear of the whole form's box (AWS's card) if there is room, else clear of its words only.
    last = ar ? place(view, { hard, soft: [...soft, ar] }, needs, ar, current) : null;
    if (!last || last.mode === 'dock') last = place(view, { hard, soft }, needs, ar, current);
    // The bar's spot is known even while floating: minimizing must land somewhere clear.
    const spot = last.mode === 'dock' ? last : dockSpot({ width: vw, height: vh }, { hard, soft }, { width: bw, height: bh });
    apply(s, vw, vh, { width: bw, height: bh }, spot);
  }

  function apply(s: HTMLElement, vw: number, vh: number, barSize: Size, spot: { left: number; top: number; edge: 'top' | 'bottom' }): void {
    const p = last!;
    mode = open ? 'open' : p.mode === 'float' && !minimized ? 'float' : 'dock';
    box.setAttribute('data-mode', mode);
    const b = bar();
    if (p.mode === 'float') {
      s.style.left = `${p.left}px`;
      s.style.top = `${p.top}px`;
      s.style.width = `${Math.min(PANEL_WIDTH, vw - 2 * GAP)}px`;
      s.style.maxHeight = `${p.maxHeight}px`;
    }
    if (b) {
      b.style.left = `${spot.left}px`;
      b.style.top = `${spot.top}px`;
    }
    if (mode === 'open') {
      const o = openDockBox({ width: vw, height: vh }, spot, barSize, PANEL_WIDTH, s.scrollHeight);
      s.style.left = `${o.left}px`;
      s.style.top = `${o.top}px`;
      s.style.width = `${o.width}px`;
      s.style.maxHeight = `${o.maxHeight}px`;
    }
  }

  const schedule = () => {
    frame ||= win.requestAnimationFrame(measure);
  };

  const ro = new ResizeObserver(schedule);
  ro.observe(doc.documentElement);
  ro.observe(box);
  const watchPanel = new MutationObserver(() => {
    const s = panel();
    if (s) ro.observe(s);
    schedule();
  });
  watchPanel.observe(box, { childList: true, subtree: true });
  win.addEventListener('resize', schedule);
  win.addEventListener('scroll', schedule, { capture: true, passive: true });

  const focusPanel = () => {
    win.requestAnimationFrame(() => {
      const target = mode === 'float' || mode === 'open' ? panel()?.querySelector<HTMLElement>('h2[tabindex="-1"], h2') : barButton();
      target?.focus();
    });
  };

  // Focus coming into the panel from the page: remember where from, to go back there on Escape.
  host.addEventListener('focusin', (e) => {
    const from = (e as FocusEvent).relatedTarget;
    if (from instanceof Element && !host.contains(from) && from !== host) returnTo = from;
  });

  const onOutside = (e: PointerEvent) => {
    if (open && e.isTrusted && !e.composedPath().includes(host)) {
      open = false;
      measure();
    }
  };
  doc.addEventListener('pointerdown', onOutside, true);

  return {
    get mode() {
      return mode;
    },
    update(a) {
      if (a === anchor) return check();
      if (a !== undefined) anchor = a;
      schedule();
    },
    expand() {
      const active = doc.activeElement;
      returnTo = active && active !== host && active !== doc.body ? active : barButton();
      minimized = false;
      measure();
      if (last?.mode !== 'float') open = true;
      measure();
      focusPanel();
    },
    minimize() {
      const wasOpen = open;
      open = false;
      minimized = true;
      measure();
      const back = returnTo;
      returnTo = null;
      // Back where the user was (the page's field they were typing in, or the bar that opened it).
      const target = back?.isConnected && 'focus' in back ? (back as HTMLElement) : barButton();
      if (wasOpen || doc.activeElement === host) target?.focus();
    },
    summon() {
      const active = doc.activeElement;
      if (active && active !== host && active !== doc.body) returnTo = active;
      if (mode === 'dock') {
        minimized = false;
        measure();
        if (last?.mode !== 'float') open = true;
        measure();
      }
      focusPanel();
    },
    stop() {
      win.cancelAnimationFrame(frame);
      ro.disconnect();
      watchPanel.disconnect();
      win.removeEventListener('resize', schedule);
      win.removeEventListener('scroll', schedule, { capture: true });
      doc.removeEventListener('pointerdown', onOutside, true);
    },
  };
}
