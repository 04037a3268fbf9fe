/**
 * Follows the sign-in SPA cheaply: one MutationObserver, for added and removed nodes only, whose
 * callback only queues records and asks for an animation frame; in that frame the queued
 * records are checked for relevance (does a changed subtree hold an element the site data names,
 * or text with one of its phrases; did the element that decided the current state go?) and the
 * page is classified once. Irrelevant churn is skipped.
 *
 * Attribute and text changes are not observed: on a busy page they are most of the mutations,
 * and observing them doubled the script's cost during unrelated churn (BENCHMARKS.md). What they
 * can do (a class that reveals or hides a step, as the legacy Angular page does) is caught by a
 * classification every half second while the tab is visible, which also covers route changes
 * that touch no DOM. History navigation (popstate, hashchange, the Navigation API) is immediate.
 */
import { classify, urlCanMatch, type Classification } from '../site/classify.ts';
import { KEY_SELECTORS, KEY_TEXT } from '../site/aws-pages.ts';
import { anyOf, norm } from '../site/text.ts';
import { createDomView, type DomView } from './dom-view.ts';

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

const KEY_PATTERN = anyOf(KEY_TEXT);

function mentions(node: Node): boolean {
  if (node.nodeType === 1) {
    const el = node as Element;
    if (el.matches(KEY_SELECTORS) || (el.firstElementChild && el.querySelector(KEY_SELECTORS))) return true;
  } else if (node.nodeType !== 3) return false;
  const text = node.textContent ?? '';
  return text.length > 2 && KEY_PATTERN.test(norm(text));
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

  /** The element that decided the current recognized state; its removal is news. */
  let anchor: Element | null = null;

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
    const view = createDomView(doc, lastUrl);
    const c = classify(view);
    anchor = c ? view.anchor : null;
    opts.onPass(c, view);
  }

  function onFrame(): void {
    frame = 0;
    const batches = queued;
    queued = [];
    if (win.location.href !== lastUrl || (canMatch && relevant(batches))) full();
  }

  function schedule(): void {
    if (!frame && !signal.aborted) frame = win.requestAnimationFrame(onFrame);
  }

  const observer = new MutationObserver((records) => {
    queued.push(records);
    schedule();
  });
  observer.observe(doc, { childList: true, subtree: true });

  const onNavigate = () => {
    lastUrl = '';
    schedule();
  };
  for (const type of ['popstate', 'hashchange', 'resize']) win.addEventListener(type, onNavigate, { signal });
  doc.addEventListener('visibilitychange', onNavigate, { signal });
  const nav = (win as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', onNavigate, { signal });

  const poll = win.setInterval(() => {
    if (!opts.alive()) opts.dead();
    // A hidden tab is not looked at; it is classified again when the user comes back to it.
    else if (win.location.href !== lastUrl || (canMatch && !doc.hidden && win.performance.now() - lastFull >= SAFETY_MS / 2)) full();
  }, SAFETY_MS);

  function stop(): void {
    observer.disconnect();
    win.clearInterval(poll);
    if (frame) win.cancelAnimationFrame(frame);
    queued = [];
  }
  signal.addEventListener('abort', stop, { once: true });

  full();
}
