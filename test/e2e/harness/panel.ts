/** Reading the in-page panel (<mfa-lifeline-panel>, an open shadow root) the same way in any browser. */
import type { E2EPage } from './types.ts';

export const HOST = 'mfa-lifeline-panel';

export interface PanelState {
  /** How many hosts the document holds (0 or 1). */
  count: number;
  /** data-page of the host. */
  page: string | null;
  /** Language the panel speaks, once it has rendered. */
  lang: string | null;
  /** The panel's visible text. */
  text: string;
  parent: string | null;
  open: boolean;
  position: string | null;
}

export function readPanel(page: E2EPage): Promise<PanelState> {
  return page.evaluate((tag) => {
    const el = document.querySelector(tag);
    const box = el?.shadowRoot?.querySelector('div[lang]');
    return {
      count: document.querySelectorAll(tag).length,
      page: el?.getAttribute('data-page') ?? null,
      lang: box?.getAttribute('lang') ?? null,
      text: (box as HTMLElement | null)?.innerText ?? '',
      parent: el?.parentElement?.localName ?? null,
      open: !!el?.shadowRoot,
      position: el ? getComputedStyle(el).position : null,
    };
  }, HOST);
}

/** Waits until the host for `kind` is attached and its panel has rendered (after the worker said which language to speak). */
export function waitForPanel(page: E2EPage, kind: string, timeoutMs = 8000): Promise<void> {
  return page.waitFor(
    ([tag, k]) => {
      const el = document.querySelector(`${tag}[data-page="${k}"]`);
      return !!el?.shadowRoot?.querySelector('div[lang="en"], div[lang="ja"]')?.firstElementChild;
    },
    [HOST, kind] as const,
    timeoutMs,
  );
}

/** The contract: the host is gone within a second after the page leaves every recognized state. */
export function waitForNoPanel(page: E2EPage, timeoutMs = 1000): Promise<void> {
  return page.waitFor((tag) => document.querySelectorAll(tag).length === 0, HOST, timeoutMs);
}

/** The content script is injected at document_idle and marks nothing in the page: ask the driver. */
export function waitForContentScript(page: E2EPage, timeoutMs = 8000): Promise<void> {
  return page.contentScriptStarted(timeoutMs);
}
