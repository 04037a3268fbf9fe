/**
 * Follows the sign-in SPA cheaply (issue #14: what the page pays for us during its own churn).
 *
 * - Elements the site data names are seen when they are rendered, through a no-op CSS animation
 *   and its `animationstart` (seen-style.ts): insertions and class/attribute reveals alike, at no
 *   cost for unrelated mutations.
 * - A MutationObserver for added and removed nodes watches only the sign-in form's part of the
 *   page: the child of <body> that holds the recognized element (or, before anything is
 *   recognized, the form), plus the direct children of <body> and <html> (a step rendered as a
 *   new top-level layer, the page replacing its root, our host being removed). Text-only steps
 *   and the recognized element going are news there; a ticking feed elsewhere is not observed at
 *   all. Its callback only queues records and asks for an animation frame, in which the records
 *   are checked for relevance and the page is classified once.
 * - On routes where no panel lives, and while the tab is hidden, nothing is observed.
 * - A classification every half second while the tab is visible catches what the rest misses (a
 *   page that suppresses animations, text revealed by a class change, route changes that touch no
 *   DOM). History navigation (popstate, hashchange, the Navigation API) is immediate.
 * - While a recognized step holds still, that half-second pass is cheaper (issue #14: the panel
 *   shown beside a busy page): once the form's container is known, its attribute and text changes
 *   are observed too (only marked, never examined), and a pass where nothing there changed, the
 *   URL is the same and the element that decided the step is still shown hands the last answer
 *   on instead of classifying again (the panel still checks its placement). Every STEADY_MS a
 *   full classification runs anyway, for what happens outside the container on a page that
 *   suppresses animations.
 */
import { classify, urlCanMatch, type Classification } from '../site/classify.ts';
import { KEY_SELECTORS, KEY_TEXT } from '../site/aws-pages.ts';
import { anyOf, norm } from '../site/text.ts';
import { createDomView, isVisible, type DomView } from './dom-view.ts';
import { installSeenStyle, isSeen } from './seen-style.ts';

export interface DetectorOptions {
  signal: AbortSignal;
  /** Called after every full classification (also when nothing changed: placement follows the form). */
  onPass(c: Classification | null, view: DomView): void;
  /** False once the extension was reloaded or removed; then `dead()` is called (it should abort `signal`). */
  alive(): boolean;
  dead(): void;
  /** Our own host: its insertion is not news, its removal is. */
  host(): Element | null;
}

const SAFETY_MS = 500;
/** While a step holds still: the longest the periodic pass hands on the last answer without classifying. */
const STEADY_MS = 2000;
/** Attribute changes that can show or hide a step (observed in the form's container only). */
const REVEALS = ['class', 'hidden', 'style', 'open'];

/** Built on the first mutation that needs it, not while the script starts (issue #14). */
let keyPattern: RegExp | undefined;

function mentions(node: Node): boolean {
  if (node.nodeType === 1) {
    const el = node as Element;
    if (el.matches(KEY_SELECTORS) || (el.firstElementChild && el.querySelector(KEY_SELECTORS))) return true;
  } else if (node.nodeType !== 3) return false;
  const text = node.textContent ?? '';
  return text.length > 2 && (keyPattern ??= anyOf(KEY_TEXT)).test(norm(text));
}

export function startDetector(doc: Document, opts: DetectorOptions): void {
  const win = doc.defaultView!;
  const { signal } = opts;
  let queued: MutationRecord[][] = [];
  let frame = 0;
  let lastUrl = '';
  /** False on a route no page of ours lives on: mutations and the periodic pass are skipped there. */
  let canMatch = true;
  let lastFull = 0;
  /** Set by an element being rendered: the next frame classifies whatever the records say. */
  let seen = false;
  /** What the observer watches now (the form's top-level container), null while it watches nothing. */
  let scoped: Node | null = null;

  /** The element that decided the current recognized state; its removal is news. */
  let anchor: Element | null = null;
  /** The last full answer, handed on by a pass on a step that held still. */
  let last: [Classification | null, DomView] | null = null;
  /** Whether the observed part of the page changed (any record) since the last full classification. */
  let touched = true;

  /**
   * Whether a frame's mutations can change what the page is. Cheap for unrelated churn: the
   * changed nodes are reduced to their top-most changed ancestors, and each of those subtrees is
   * tested once for a key element or phrase (a ticking feed costs one test per frame).
   */
  function relevant(batches: MutationRecord[][]): boolean {
    const host = opts.host();
    if ((anchor && !anchor.isConnected) || (host && !host.isConnected)) return true;
    const root = doc.documentElement;
    const targets = new Set<Node>();
    let last: Node | null = null;
    for (const records of batches) {
      for (const r of records) {
        const t = r.target;
        if (t === last) continue;
        last = t;
        // Our own host coming and going, or its style being set, is not the page's news.
        if (t === host || (t === root && host && (r.addedNodes[0] === host || r.removedNodes[0] === host) && r.addedNodes.length + r.removedNodes.length === 1)) continue;
        targets.add(t);
      }
    }
    for (const t of targets) {
      let covered = false;
      for (let p = t.parentNode; p && !covered; p = p.parentNode) covered = targets.has(p);
      if (!covered && mentions(t)) return true;
    }
    return false;
  }

  function full(): void {
    if (!opts.alive()) return opts.dead();
    lastFull = win.performance.now();
    lastUrl = win.location.href;
    canMatch = urlCanMatch(lastUrl);
    touched = false;
    const view = createDomView(doc, lastUrl);
    const c = classify(view);
    anchor = c ? view.anchor : null;
    last = [c, view];
    opts.onPass(c, view);
    rescope();
  }

  function onFrame(): void {
    frame = 0;
    const batches = queued;
    const forced = seen;
    queued = [];
    seen = false;
    if (win.location.href !== lastUrl || (canMatch && (forced || relevant(batches)))) full();
  }

  function schedule(): void {
    if (!frame && !signal.aborted) frame = win.requestAnimationFrame(onFrame);
  }

  const observer = new MutationObserver((records) => {
    touched = true;
    // Attribute and text changes in the container only mark it changed; added and removed nodes are examined.
    if (!records.some((r) => r.type === 'childList')) return;
    queued.push(records);
    schedule();
  });

  /** The child of <body> holding the recognized element, or else the sign-in form; <body> itself if there is none. */
  function container(): Node | null {
    const body = doc.body;
    if (!body) return doc.documentElement;
    let n: Node | null = anchor?.isConnected ? anchor : doc.querySelector('form, main, [role="main"], input:not([type="hidden"])');
    if (!n || !body.contains(n) || n === body) return body;
    while (n.parentNode && n.parentNode !== body) n = n.parentNode;
    return n;
  }

  /** Watches the form's container (again, if it changed); nothing while no panel can show or the tab is hidden. */
  function rescope(): void {
    // The sheet only where a panel can live: on the console's other routes the page keeps its animations to itself.
    if (canMatch) style.ensure();
    else style.remove();
    const next = canMatch && !doc.hidden ? container() : null;
    if (next === scoped) return;
    observer.disconnect();
    queued = [];
    scoped = next;
    if (!next) return;
    const { documentElement: root, body } = doc;
    observer.observe(root, { childList: true });
    if (body && next !== body) observer.observe(body, { childList: true });
    // The form's own part: its attribute and text changes too (they only mark it changed), unless
    // that part is all of <body>, where they would be every change of a busy page.
    observer.observe(next, { childList: true, subtree: true, ...(next !== body && { characterData: true, attributeFilter: REVEALS }) });
    touched = true;
  }

  const style = installSeenStyle(doc);
  const onSeen = (e: Event) => {
    if (!isSeen(e) || !canMatch || doc.hidden) return;
    seen = true;
    schedule();
  };
  // On the window, in the capture phase: before any listener of the page's document or elements.
  win.addEventListener('animationstart', onSeen, { capture: true, signal });

  const onNavigate = () => {
    lastUrl = '';
    schedule();
  };
  for (const type of ['popstate', 'hashchange', 'resize']) win.addEventListener(type, onNavigate, { signal });
  doc.addEventListener(
    'visibilitychange',
    () => {
      // Hidden: stop observing (rAF does not run, records would only pile up). Visible: look again.
      if (doc.hidden) rescope();
      else onNavigate();
    },
    { signal },
  );
  const nav = (win as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', onNavigate, { signal });

  const poll = win.setInterval(() => {
    if (!opts.alive()) return opts.dead();
    // A hidden tab is not looked at; it is classified again when the user comes back to it.
    const now = win.performance.now();
    if (win.location.href !== lastUrl) full();
    else if (canMatch && !doc.hidden && now - lastFull >= SAFETY_MS / 2) {
      // The step holds still: recognized, nothing in its container changed (attribute and text
      // changes there are observed too), classified less than STEADY_MS ago, its element still shown.
      if (last && anchor && !touched && scoped !== doc.body && now - lastFull < STEADY_MS && anchor.isConnected && isVisible(anchor)) opts.onPass(...last);
      else full();
    }
    if (canMatch && !doc.hidden) style.ensure();
  }, SAFETY_MS);

  function stop(): void {
    observer.disconnect();
    style.remove();
    win.clearInterval(poll);
    if (frame) win.cancelAnimationFrame(frame);
    queued = [];
  }
  signal.addEventListener('abort', stop, { once: true });

  full();
}
