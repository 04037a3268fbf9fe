/**
 * Waits until the extension's content script runs in a page. The script leaves no mark on the
 * page (a marker a page could read or forge was both a fingerprint and a way to stop it, issue
 * #9), so this asks Chromium over CDP for the extension's isolated world in the page's frame:
 * it is created when the script is injected, and the script's synchronous start runs with it.
 */
import type { Page } from 'playwright-core';

interface ContextCreated {
  context: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } };
}

export async function contentScriptStarted(page: Page, timeout = 5000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = new Promise<number>((resolve, reject) => {
      cdp.on('Runtime.executionContextCreated', (e: ContextCreated) => {
        if (e.context.auxData?.type === 'isolated' && e.context.origin.startsWith('chrome-extension://')) resolve(e.context.id);
      });
      timer = setTimeout(() => reject(new Error('the content script did not start')), timeout);
    });
    // Runtime.enable reports the contexts that exist already, then new ones.
    await cdp.send('Runtime.enable');
    const contextId = await seen.finally(() => clearTimeout(timer));
    // A round trip through that world runs after the task that injected the script.
    await cdp.send('Runtime.evaluate', { expression: '0', contextId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
