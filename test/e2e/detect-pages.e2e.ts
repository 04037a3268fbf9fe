/**
 * Every fixture page served at its real URL in Chromium with the built extension: the recognized
 * ones get exactly one host with the right data-page and an open shadow root holding the panel;
 * the others get none; and no request leaves the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../harness/launch.ts';
import { goOffline, type Offline } from '../harness/offline.ts';
import { PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { awsSurface } from '../../src/site/aws-hosts.ts';
import { HOST } from './detect-helpers.ts';
import { contentScriptStarted } from './content-started.ts';

/** Lets the content script start (on AWS hosts) and run a few passes: it is idle-time injected. */
async function settle(page: Page, url: string): Promise<void> {
  await page.waitForLoadState('load');
  if (awsSurface(url)) await contentScriptStarted(page);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
}

describe('recognizing each fixture page in Chromium', () => {
  let b: Launched;
  let offline: Offline;
  beforeAll(async () => {
    b = await launch();
    offline = await goOffline(b.context, fixtureResolver());
  });
  afterAll(async () => {
    await b?.context.close();
  });

  for (const p of PAGES.filter((x) => !x.file.startsWith('spa/'))) {
    it(`${p.file} at ${p.url} → ${p.expectedPage ?? 'no panel'}`, async () => {
      const page = await b.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(p.url);
      if (p.expectedPage) {
        await page.waitForSelector(`${HOST}[data-page="${p.expectedPage}"]`, { state: 'attached', timeout: 5000 });
        // The panel renders after the worker said which language to speak.
        await page.waitForFunction((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('div[lang="en"], div[lang="ja"]')?.firstElementChild, HOST, { timeout: 5000 });
        const host = await page.evaluate((tag) => {
          const el = document.querySelector(tag)!;
          return {
            count: document.querySelectorAll(tag).length,
            parent: el.parentElement?.localName,
            open: !!el.shadowRoot,
            style: !!el.shadowRoot?.querySelector('style')?.textContent?.includes(':host'),
            position: getComputedStyle(el).position,
            lang: el.shadowRoot?.querySelector('div[lang]')?.getAttribute('lang'),
          };
        }, HOST);
        // The browser speaks English here, whatever the page's language.
        expect(host).toEqual({ count: 1, parent: 'html', open: true, style: true, position: 'fixed', lang: 'en' });
      } else {
        await settle(page, p.url);
        expect(await page.locator(HOST).count()).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('made no network request', () => {
    expect(offline.refused).toEqual([]);
  });
});
