/**
 * The in-page assistant's state machine: what the detector recognized → at most one host showing
 * the Panel for it, progress recorded once per step, the worker's language installed before the
 * first render. Leaving every recognized state removes the host after a short grace (an SPA passes
 * through empty loading states between steps; the contract allows a second, we take 300 ms).
 *
 * When the extension is updated or reloaded, this copy's runtime goes away. Chrome does not put
 * the new copy into open tabs, so a panel on screen turns into a localized "reload this page"
 * note instead of vanishing mid-recovery; Firefox injects the new copy, whose host replaces ours.
 */
import { ext } from '../shared/ext.ts';
import { send } from '../shared/send.ts';
import { browserLang, isLang, t, useMessages } from '../shared/i18n.ts';
import { stepForPage } from '../shared/progress-steps.ts';
import type { PageKind } from '../shared/page-kind.ts';
import type { Classification } from '../site/classify.ts';
import type { PanelContext } from './panel-contract.ts';
import { startDetector } from './detector.ts';
import { createHost, HOST_TAG, type Host } from './mount.ts';
import { findTarget, shownText } from './targets.ts';

const LEAVE_GRACE_MS = 300;
/** The page removing our host and us putting it back: at most 10 times in 10 s, then we wait. */
const RESTORE_LIMIT = 10;
const RESTORE_WINDOW_MS = 10_000;
const HELLO_TIMEOUT_MS = 3000;

function alive(): boolean {
  try {
    return !!ext()?.runtime?.id;
  } catch {
    return false;
  }
}

function record(page: PageKind, step: string): void {
  // The worker checks the step id; nothing is sent from an orphaned copy.
  if (!alive()) return;
  send('cs→bg/progress:record', { page, step }).catch(() => undefined);
}

/** Asks the worker which language to speak; browser.i18n (the browser's language) if it can't say. */
async function speak(page: PageKind): Promise<void> {
  try {
    const timeout = new Promise<undefined>((r) => setTimeout(r, HELLO_TIMEOUT_MS, undefined));
    const res = await Promise.race([send('cs→bg/panel:hello', { page, uiLang: browserLang() }), timeout]);
    if (res && isLang(res.lang)) return useMessages(res.lang, res.messages ?? null);
  } catch {
    // The worker is gone or not ready: the browser's own language still works.
  }
  useMessages(browserLang(), null);
}

/** Returns a stop function for tests; nothing the page can reach holds it. */
export function startAssistant(doc: Document): () => void {
  // A host already here is a dead copy's: Firefox injects the new copy into open tabs after an
  // update and nukes the old one's code, leaving its DOM. It goes even if this page shows no panel.
  for (const old of Array.from(doc.querySelectorAll(HOST_TAG))) old.remove();
  const controller = new AbortController();
  const { signal } = controller;
  /** Said when the runtime is gone; read while it is there (i18n may not answer afterwards). */
  const orphanTexts = { note: 'MFA Lifeline was updated. Reload this page to keep using it.', close: '×' };
  let host: Host | null = null;
  let shown = '';
  let leaving: ReturnType<typeof setTimeout> | undefined;
  let dismissed: PageKind | null = null;
  let restores: number[] = [];
  let language: Promise<void> | null = null;
  const recorded = new Set<string>();

  function unmount(): void {
    clearTimeout(leaving);
    leaving = undefined;
    host?.remove();
    host = null;
    shown = '';
  }

  const context = (c: Classification): PanelContext => ({
    page: c.page,
    variant: c.variant,
    find: (t) => findTarget(doc, c.page, t),
    readText: (t) => {
      const el = findTarget(doc, c.page, t);
      return el ? shownText(el) : null;
    },
    record: (step) => record(c.page, step),
  });

  function onPass(c: Classification | null, anchor: Element | null): void {
    if (!c) {
      dismissed = null;
      if (host && !leaving) leaving = setTimeout(unmount, LEAVE_GRACE_MS);
      return;
    }
    clearTimeout(leaving);
    leaving = undefined;
    const step = stepForPage(c.page, c.variant);
    if (!recorded.has(step)) {
      recorded.add(step);
      record(c.page, step);
    }
    if (dismissed !== c.page) dismissed = null;
    if (dismissed) return unmount();

    if (host && !host.el.isConnected) {
      const now = Date.now();
      restores = restores.filter((t) => now - t < RESTORE_WINDOW_MS);
      if (restores.length >= RESTORE_LIMIT) return;
      restores.push(now);
      doc.documentElement.append(host.el);
    }
    host ??= createHost(doc, c.page);
    host.place(anchor);
    const key = `${c.page}/${c.variant ?? ''}`;
    if (key === shown) return;
    shown = key;
    host.setPage(c.page);
    const mine = host;
    language ??= speak(c.page).then(() => {
      orphanTexts.note = t('panelReloadPage') || orphanTexts.note;
      orphanTexts.close = t('commonClose') || orphanTexts.close;
    });
    void language.then(() => {
      if (host === mine && shown === key && !signal.aborted) {
        mine.show(context(c), () => {
          dismissed = c.page;
          unmount();
        });
      }
    });
  }

  /** The runtime went away (update, reload, removal): stop, and say so if a panel is showing. */
  function dead(): void {
    if (signal.aborted) return;
    controller.abort();
    clearTimeout(leaving);
    if (host?.el.isConnected && shown) {
      const mine = host;
      mine.orphan(orphanTexts, () => mine.remove());
    } else unmount();
  }

  startDetector(doc, {
    signal,
    onPass: (c, view) => onPass(c, view.anchor),
    alive,
    dead,
    host: () => host?.el ?? null,
  });
  return () => {
    controller.abort();
    unmount();
  };
}
