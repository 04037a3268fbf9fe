/**
 * Issue #9 item 2, the other half: an older copy of the content script stops only when its
 * runtime goes away. The extension is reloaded under an open tab, as an update does.
 *
 * - Chromium does not inject the new copy into the open tab, so the old copy's panel turns into
 *   a "reload this page" note (not a vanished panel mid-recovery) and follows the page no further.
 *   What this harness cannot show there: the new copy after the reload. chrome.runtime.reload()
 *   of an extension loaded with --load-extension leaves it unloaded in this Chromium (no worker,
 *   its pages refused), so a page reload finds no extension; a store update does reload it.
 * - Firefox injects the new copy into the open tab and nukes the old copy's code (its DOM stays):
 *   the new copy removes the dead host and shows its own panel, which works (its questions come
 *   from the new worker). One host either way, and the old copy follows the page no further.
 *
 * Browser-neutral: runs in Chromium and Firefox (vitest.config.ts FIREFOX_E2E).
 */
import { describe, expect, it } from 'vitest';
import { BROWSER, useE2E, type E2EPage } from './harness/index.ts';
import { sleep } from './harness/common.ts';
import { msg } from './popup-helpers.ts';
import { URLS, clickPanelButton, openPanelIn, serveAllIn } from './trust-helpers.ts';

const en = (key: string) => msg('en', key);

/** The hosts in the page: whether each is the one marked before the reload, its note, and whether the tree is open. */
const hosts = (page: E2EPage) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('mfa-lifeline-panel'), (h) => ({
      old: (h as unknown as { __old?: boolean }).__old === true,
      note: h.shadowRoot?.querySelector('[data-orphan]')?.textContent ?? null,
      tree: !!h.shadowRoot?.querySelector('#mfl-q'),
    })),
  );

const treeOpen = (page: E2EPage) => page.waitFor(() => !!document.querySelector('mfa-lifeline-panel')?.shadowRoot?.querySelector('#mfl-q'), undefined, 5000);

describe(`after an extension update (${BROWSER})`, () => {
  const env = useE2E();

  it(BROWSER === 'chromium' ? 'the old panel says "reload this page" instead of vanishing, and stops following the page' : 'the new copy replaces the dead one in the open tab, and works', async () => {
    serveAllIn(env.b);
    const page = await env.b.newPage();
    await openPanelIn(page, URLS.mfa, 'mfa-code');
    await clickPanelButton(page, en('panelCantEnter'));
    await treeOpen(page);
    // The page marks the host it sees now (an expando, invisible to the extension).
    await page.evaluate(() => void ((document.querySelector('mfa-lifeline-panel') as unknown as { __old: boolean }).__old = true));

    // The extension's own pages go away with the reload, so the evaluation may not answer.
    await env.b
      .extension(() => void setTimeout(() => ((globalThis as unknown as { chrome: typeof chrome }).chrome ?? (globalThis as unknown as { browser: typeof chrome }).browser).runtime.reload(), 50))
      .catch(() => undefined);

    if (BROWSER === 'chromium') {
      // One host: the old copy's, with the note in place of the panel (Chrome injected no new copy).
      await page.waitFor(() => !!document.querySelector('mfa-lifeline-panel')?.shadowRoot?.querySelector('[data-orphan]'), undefined, 5000);
      expect(await hosts(page)).toEqual([{ old: true, note: en('panelReloadPage'), tree: false }]);
    } else {
      // One host: the new copy's, the dead one gone; its tree opens on the user's click.
      await page.waitFor(() => Array.from(document.querySelectorAll('mfa-lifeline-panel')).some((h) => !(h as unknown as { __old?: boolean }).__old && h.shadowRoot?.querySelector('section.panel')), undefined, 10_000);
      expect(await hosts(page)).toEqual([{ old: false, note: null, tree: false }]);
      await clickPanelButton(page, en('panelCantEnter'));
      await treeOpen(page);
    }
    const settled = await hosts(page);

    // The old copy stops following the page: no second host, nothing changes.
    await page.evaluate(() => history.pushState({}, '', location.href + '&moved=1'));
    await sleep(1200);
    expect(await hosts(page)).toEqual(settled);

    if (BROWSER === 'chromium') {
      // The note's close button works for the user only (a page click is untrusted).
      await page.evaluate(() => document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelector('button')!.click());
      expect(await hosts(page)).toHaveLength(1);
      await page.click({ css: 'section.panel button', text: '×' });
      await page.waitFor(() => document.querySelectorAll('mfa-lifeline-panel').length === 0, undefined, 2000);
    }
    await page.close();
    expect(env.b.refused).toEqual([]);
  });
});
