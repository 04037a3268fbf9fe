/**
 * Waits until the extension's content script runs in a page. The script leaves no mark on the
 * page (a marker a page could read or forge was both a fingerprint and a way to stop it, issue
 * #9), so this asks Chromium over CDP for the extension's isolated world in the page's frame:
 * it is created when the script is injected. The script's first look at the page waits for the
 * browser's next idle period (src/content/index.ts); an idle callback asked for afterwards in the
 * same world runs after it (idle callbacks run in the order they were asked for, or earlier on
 * their timeout, and the script's timeout is the shorter), then one more task for what it started.
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
    await cdp.send('Runtime.evaluate', {
      expression: 'new Promise((r) => requestIdleCallback(() => setTimeout(r, 0), { timeout: 1000 }))',
      contextId,
      awaitPromise: true,
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
