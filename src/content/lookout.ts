/**
 * What runs on every matched AWS page (issue #14): the detector, the progress record of each step
 * reached, and, once a page needs the panel, asking the worker to inject the panel's script into
 * this same isolated world (src/background/panel-inject.ts). The panel's code, preact and its
 * styles are not compiled on a page where nothing is recognized.
 *
 * The panel's script takes the seam this leaves (handoff.ts) and from then on receives every
 * pass, starting with the latest one. It is asked for once per document; a failed request (worker
 * error, no permission) leaves the page as it is and is tried again on a later pass, a few times
 * at most. Nothing the page can set or send stops this (issue #9): the only way out is the
 * runtime going away (an extension update or removal), a channel the page cannot reach.
 */
import { send } from '../shared/send.ts';
import { stepForPage } from '../shared/progress-steps.ts';
import type { PageKind } from '../shared/page-kind.ts';
import type { Classification } from '../site/classify.ts';
import { alive } from './alive.ts';
import { startDetector } from './detector.ts';
import { HOST_TAG, offer, type PanelSide } from './handoff.ts';
import { findTarget, shownText } from './targets.ts';

/** Requests after a failure: at most this many more, no sooner than RETRY_MS apart. */
const RETRIES = 3;
const RETRY_MS = 1000;

function record(page: PageKind, step: string): void {
  // The worker checks the step id; nothing is sent from an orphaned copy.
  if (!alive()) return;
  send('cs→bg/progress:record', { page, step }).catch(() => undefined);
}

export interface LookoutOptions {
  /**
   * Gets the panel's script run in this world; resolves once it ran (it attaches synchronously).
   * Production: the worker injects it. Tests: attach a panel directly.
   */
  requestPanel(): Promise<unknown>;
}

/** The worker injects the panel's file into this document and frame (it checks the sender). */
export const askWorker = (): Promise<unknown> => send('cs→bg/panel:inject', {});

/** Returns a stop function for tests; nothing the page can reach holds it. */
export function startLookout(doc: Document, opts: LookoutOptions): () => void {
  // A host already here is a dead copy's: Firefox injects the new copy into open tabs after an
  // update and nukes the old one's code, leaving its DOM. It goes even if this page shows no panel.
  for (const old of Array.from(doc.querySelectorAll(HOST_TAG))) old.remove();
  const controller = new AbortController();
  const { signal } = controller;
  let panel: PanelSide | null = null;
  let last: [Classification | null, Element | null] = [null, null];
  let asking = false;
  let failures = 0;
  let failedAt = 0;
  const recorded = new Set<string>();

  function ask(): void {
    if (asking || failures > RETRIES || (failures && Date.now() - failedAt < RETRY_MS) || !alive()) return;
    asking = true;
    const failed = () => {
      asking = false;
      if (panel) return;
      failures++;
      failedAt = Date.now();
    };
    // Resolved without a panel attached (the file did not run here) counts as a failure too.
    opts.requestPanel().then(failed, failed);
  }

  offer({
    targets: {
      find: (page, target) => findTarget(doc, page, target),
      readText: (page, target) => {
        const el = findTarget(doc, page, target);
        return el ? shownText(el) : null;
      },
    },
    attach(p) {
      if (panel || signal.aborted) return false;
      panel = p;
      p.onPass(...last);
      return true;
    },
  });

  startDetector(doc, {
    signal,
    onPass(c, view) {
      if (c) {
        const step = stepForPage(c.page, c.variant);
        if (!recorded.has(step)) {
          recorded.add(step);
          record(c.page, step);
        }
      }
      last = [c, view.anchor];
      if (panel) panel.onPass(c, view.anchor);
      else if (c) ask();
    },
    alive,
    dead() {
      if (signal.aborted) return;
      controller.abort();
      panel?.dead();
    },
    host: () => panel?.host() ?? null,
  });
  return () => {
    controller.abort();
    panel?.stop();
  };
}
