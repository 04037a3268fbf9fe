/**
 * Issue #9 item 2, the other half: an older copy of the content script stops only when its
 * runtime goes away. In Chromium the extension is reloaded under an open tab (as an update does):
 * Chrome does not inject the new copy into the open tab, so the old copy's panel turns into a
 * "reload this page" note (not a vanished panel mid-recovery).
 *
 * What this harness cannot show: the new copy after the reload. chrome.runtime.reload() of an
 * extension loaded with --load-extension leaves it unloaded in this Chromium (no worker, its
 * pages refused), so the page reload finds no extension; a store update does reload it.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { msg } from './popup-helpers.ts';
import { URLS, panelOn, serveAll, worker } from './trust-helpers.ts';

const en = (key: string) => msg('en', key);

describe('after an extension update (Chromium)', () => {
  const env = useBrowser();

  it('the old panel says "reload this page" instead of vanishing, and stops following the page', async () => {
    serveAll(env.offline);
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.mfa, 'mfa-code');
    await panel.getByRole('button', { name: en('panelCantEnter') }).click();
    await panel.getByRole('button', { name: en('commonNo'), exact: true }).waitFor();

    // The worker's context goes away with the reload, so the evaluation may not answer.
    await worker(env.b).evaluate(() => chrome.runtime.reload()).catch(() => undefined);

    // One host: the old copy's, with the note in place of the panel (Chrome injected no new copy).
    const note = page.locator('mfa-lifeline-panel [data-orphan]');
    await note.waitFor({ timeout: 5000 });
    expect(await note.textContent()).toBe(en('panelReloadPage'));
    expect(await page.locator('mfa-lifeline-panel').count()).toBe(1);
    expect(await page.locator('mfa-lifeline-panel[data-page="mfa-code"]').count()).toBe(1);

    // The old copy stops following the page: no second host, the note stays, nothing is sent.
    await page.evaluate(() => history.pushState({}, '', location.href + '&moved=1'));
    await page.waitForTimeout(1200);
    expect(await page.locator('mfa-lifeline-panel').count()).toBe(1);
    expect(await note.isVisible()).toBe(true);
    // Its close button still works for the user (a page click would not: untrusted).
    await page.locator('mfa-lifeline-panel').evaluate((h) => h.shadowRoot!.querySelector('button')!.click());
    expect(await page.locator('mfa-lifeline-panel').count()).toBe(1);
    await page.locator('mfa-lifeline-panel button').click();
    expect(await page.locator('mfa-lifeline-panel').count()).toBe(0);
    await page.close();
    expect(env.offline.refused).toEqual([]);
  });
});
