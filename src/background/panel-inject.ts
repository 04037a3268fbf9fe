/**
 * Injects the panel's script into an AWS page whose detector recognized a step that needs it
 * (issue #14). Only the detector is in the manifest's content script, so a page where nothing is
 * recognized never compiles the panel. `scripting.executeScript` with `files` runs the script in
 * the same isolated world (Chrome) or content-script sandbox (Firefox) as the detector, where the
 * two meet (src/content/handoff.ts); the page's own scripts cannot see either.
 *
 * The router has already checked that the sender is this extension's content script in a tab's
 * top frame on an AWS host we serve (router.ts); here the address it shows now must also be a
 * route a panel lives on. The target is the sender's document itself where the browser names it (Chrome's
 * documentId: a tab that navigated in the meantime is not injected), else its frame. The host
 * permissions are exactly the content script's matches (manifest.json), so the browser refuses
 * any other page anyway.
 *
 * The panel's style sheet goes with the injection (a first executeScript leaves it in the same
 * world), like its texts, which come from the worker too: data the panel needs only after
 * recognition is not part of the script (issue #14). If that first step fails, the panel's script
 * is not injected at all: the page never shows an unstyled panel.
 */
import { browser, type Runtime } from '../shared/browser.ts';
import { PANEL_CSS_SLOT, PANEL_SCRIPT } from '../shared/panel-script.ts';
import panelCss from '../shared/panel.css?inline';
import { urlCanMatch } from '../site/classify.ts';
import type { AllHandlers } from './router.ts';

/** Runs in the page's isolated world: serialized by the browser, so it may use only its arguments. */
function leaveStyle(slot: string, css: string): void {
  (globalThis as Record<string, unknown>)[slot] = css;
}

/**
 * The address the sender's document shows now. Chrome's sender.url is the address the document
 * was loaded at: after the console's router moved from #/bills to #/account it still says
 * #/bills. The router only lets top frames through (frameId 0), whose current address is the
 * tab's; a tab that moved to another origin meanwhile is not the sender's document any more.
 */
function currentUrl(sender: Runtime.MessageSender): string {
  const now = sender.tab?.url;
  if (!now || !sender.url) return sender.url ?? '';
  try {
    return new URL(now).origin === new URL(sender.url).origin ? now : '';
  } catch {
    return '';
  }
}

export const panelInjectHandlers: Pick<AllHandlers, 'cs→bg/panel:inject'> = {
  'cs→bg/panel:inject': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.url || !urlCanMatch(currentUrl(sender))) return { injected: false };
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
    try {
      await browser.scripting.executeScript({ target, func: leaveStyle, args: [PANEL_CSS_SLOT, panelCss] });
      await browser.scripting.executeScript({ target, files: [PANEL_SCRIPT] });
      return { injected: true };
    } catch (e) {
      // The page goes on without a panel; the detector asks again on a later pass, a few times.
      console.warn('MFA Lifeline: the panel could not be injected', e);
      return { injected: false };
    }
  },
};
