/**
 * The panel's half of the in-page assistant (injected by the worker once the detector recognized
 * a page, issue #14; see lookout.ts and handoff.ts): what the detector recognized → at most one
 * host showing the Panel for it, the worker's language installed before the first render. Leaving
 * every recognized state removes the host after a short grace (an SPA passes through empty
 * loading states between steps; the contract allows a second, we take 300 ms).
 *
 * When the extension is updated or reloaded, this copy's runtime goes away. Chrome does not put
 * the new copy into open tabs, so a panel on screen turns into a localized "reload this page"
 * note instead of vanishing mid-recovery; Firefox injects the new copy, whose host replaces ours.
 */
import { send } from '../shared/send.ts';
import { browserLang, isLang, t, useMessages } from '../shared/i18n.ts';
import type { PageKind } from '../shared/page-kind.ts';
import type { Classification } from '../site/classify.ts';
import type { PanelContext } from './panel-contract.ts';
import type { PageTargets, PanelSide } from './handoff.ts';
import { alive } from './alive.ts';
import { claim } from './handoff.ts';
import { createHost, type Host } from './mount.ts';

const LEAVE_GRACE_MS = 300;
/** The page removing our host and us putting it back: at most 10 times in 10 s, then we wait. */
const RESTORE_LIMIT = 10;
const RESTORE_WINDOW_MS = 10_000;
const HELLO_TIMEOUT_MS = 3000;

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

export function createAssistant(doc: Document, targets: PageTargets): PanelSide {
  let stopped = false;
  /** Said when the runtime is gone; read while it is there (i18n may not answer afterwards). */
  const orphanTexts = { note: 'MFA Lifeline was updated. Reload this page to keep using it.', close: '×' };
  let host: Host | null = null;
  let shown = '';
  let leaving: ReturnType<typeof setTimeout> | undefined;
  let dismissed: PageKind | null = null;
  let restores: number[] = [];
  let language: Promise<void> | null = null;

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
    find: (t) => targets.find(c.page, t),
    readText: (t) => targets.readText(c.page, t),
    record: (step) => {
      // The worker checks the step id; nothing is sent from an orphaned copy.
      if (alive()) send('cs→bg/progress:record', { page: c.page, step }).catch(() => undefined);
    },
  });

  function onPass(c: Classification | null, anchor: Element | null): void {
    if (stopped) return;
    if (!c) {
      dismissed = null;
      if (host && !leaving) leaving = setTimeout(unmount, LEAVE_GRACE_MS);
      return;
    }
    clearTimeout(leaving);
    leaving = undefined;
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
      if (host === mine && shown === key && !stopped) {
        mine.show(context(c), () => {
          dismissed = c.page;
          unmount();
        });
      }
    });
  }

  return {
    onPass,
    host: () => host?.el ?? null,
    /** The runtime went away (update, reload, removal): stop, and say so if a panel is showing. */
    dead() {
      if (stopped) return;
      stopped = true;
      clearTimeout(leaving);
      if (host?.el.isConnected && shown) {
        const mine = host;
        mine.orphan(orphanTexts, () => mine.remove());
      } else unmount();
    },
    stop() {
      stopped = true;
      unmount();
    },
  };
}

/**
 * The panel's script: hands the panel to the detector that asked for it. Nothing happens where no
 * detector of this extension runs in this world, or where one already has its panel.
 */
export function attachPanel(doc: Document): boolean {
  const detector = claim();
  if (!detector) return false;
  const panel = createAssistant(doc, detector.targets);
  if (detector.attach(panel)) return true;
  panel.stop();
  return false;
}
