/**
 * Every fixture page served at its real URL in the browser under test (Chromium or Firefox)
 * with the built extension: the recognized ones get exactly one host with the right data-page
 * and an open shadow root holding the panel; the others get none; and no request leaves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { awsSurface } from '../../src/site/aws-hosts.ts';
import { HOST, readPanel, useE2E, waitForContentScript, waitForPanel, type E2EPage } from './harness/index.ts';

/** Lets the content script start (on AWS hosts) and run a few passes: it is idle-time injected. */
async function settle(page: E2EPage, url: string): Promise<void> {
  if (awsSurface(url)) await waitForContentScript(page);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
}

describe('recognizing each fixture page', () => {
  const e = useE2E({ resolver: fixtureResolver() });
  // One tab for all pages, as a user going from page to page: each navigation is a new document
  // with a fresh content script, and opening and closing 40 tabs would cost Firefox minutes.
  let page: E2EPage;
  beforeAll(async () => {
    page = await e.b.newPage();
  });

  for (const p of PAGES.filter((x) => !x.file.startsWith('spa/'))) {
    it(`${p.file} at ${p.url} → ${p.expectedPage ?? 'no panel'}`, async () => {
      page.errors.length = 0;
      await page.goto(p.url);
      if (p.expectedPage) {
        await waitForPanel(page, p.expectedPage);
        const { count, parent, open, position, lang } = await readPanel(page);
        // The browser speaks English here, whatever the page's language.
        expect({ count, parent, open, position, lang }).toEqual({ count: 1, parent: 'html', open: true, position: 'fixed', lang: 'en' });
        expect(await page.evaluate((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('style')?.textContent?.includes(':host'), HOST)).toBe(true);
      } else {
        await settle(page, p.url);
        expect((await readPanel(page)).count).toBe(0);
      }
      expect(page.errors).toEqual([]);
    });
  }

  it('made no network request', () => {
    expect(e.b.refused).toEqual([]);
  });
});
