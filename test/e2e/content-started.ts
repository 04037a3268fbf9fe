/**
 * Waits until the extension's content script runs in a page. The script leaves no mark on the
 * page (a marker a page could read or forge was both a fingerprint and a way to stop it, issue
 * #9), so this asks Chromium over CDP for the extension's isolated world in the page's frame:
 * it is created when the script is injected, and the script's synchronous start runs with it.
 */
import type { Page } from 'playwright-core';

interface ContextCreated {
  context: { origin: string; auxData?: { type?: string; isDefault?: boolean } };
}

export async function contentScriptStarted(page: Page, timeout = 5000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = new Promise<void>((resolve, reject) => {
      cdp.on('Runtime.executionContextCreated', (e: ContextCreated) => {
        if (e.context.auxData?.type === 'isolated' && e.context.origin.startsWith('chrome-extension://')) resolve();
      });
      timer = setTimeout(() => reject(new Error('the content script did not start')), timeout);
    });
    // Runtime.enable reports the contexts that exist already, then new ones.
    await cdp.send('Runtime.enable');
    await seen.finally(() => clearTimeout(timer));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
