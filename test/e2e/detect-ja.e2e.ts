/**
 * The Japanese side: Chromium with a Japanese UI (--lang=ja) recognizes the Japanese fixture pages
 * and the panel speaks Japanese through browser.i18n; in an English browser, the user's language
 * setting makes the worker send the Japanese table instead. No request leaves the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { type Launched } from '../harness/launch.ts';
import { type Offline } from '../harness/offline.ts';
import { PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { HOST, hosts, waitForHost } from './detect-helpers.ts';
import { storeVia } from './harness/index.ts';
import { launchChromium } from './harness/index.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** What the panel shows once rendered: its language attribute and its text. */
async function panel(page: Page): Promise<{ lang: string | null; text: string }> {
  await page.waitForFunction((tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('div[lang]')?.firstElementChild, HOST, { timeout: 5000 });
  return page.evaluate((tag) => {
    const box = document.querySelector(tag)!.shadowRoot!.querySelector('div[lang]')!;
    return { lang: box.getAttribute('lang'), text: box.textContent ?? '' };
  }, HOST);
}

async function setLanguage(worker: Worker, lang: 'auto' | 'en' | 'ja'): Promise<void> {
  const store = storeVia(worker);
  const base = (await store.get<Record<string, unknown>>('settings', 'settings')) ?? { reminders: { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } };
  await store.put([{ store: 'settings', key: 'settings', value: { ...base, lang } }]);
}

describe('Chromium with a Japanese UI', () => {
  let b: Launched;
  let offline: Offline;
  beforeAll(async () => {
    ({ launched: b, offline } = await launchChromium({ lang: 'ja', resolver: fixtureResolver() }));
  });
  afterAll(async () => {
    await b?.context.close();
  });

  for (const p of PAGES.filter((x) => x.lang === 'ja' && x.expectedPage)) {
    it(`recognizes ${p.file} and speaks Japanese there`, async () => {
      const page = await b.context.newPage();
      await page.goto(p.url);
      await waitForHost(page, p.expectedPage!);
      const shown = await panel(page);
      expect(shown.lang).toBe('ja');
      expect(shown.text).toMatch(JAPANESE);
      expect(await hosts(page)).toEqual([p.expectedPage]);
      await page.close();
    });
  }

  it('speaks the browser\'s Japanese on an English AWS page too, and shows nothing on a Japanese password step', async () => {
    const page = await b.context.newPage();
    const mfa = PAGES.find((p) => p.file === 'signin/mfa-code-2024-iam-en.html')!;
    await page.goto(mfa.url);
    await waitForHost(page, 'mfa-code');
    expect((await panel(page)).lang).toBe('ja');
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML = '<h1>ルートユーザーのサインイン</h1><form><label for="password">パスワード</label><input id="password" type="password"><button>サインイン</button></form>';
    });
    await page.waitForFunction((tag) => !document.querySelector(tag), HOST, { timeout: 1000 });
    await page.close();
  });

  it('follows the user\'s language setting over the browser\'s', async () => {
    await setLanguage(b.worker, 'en');
    const page = await b.context.newPage();
    await page.goto(PAGES.find((p) => p.file === 'signin/mfa-code-legacy-ja.html')!.url);
    await waitForHost(page, 'mfa-code');
    const shown = await panel(page);
    expect(shown.lang).toBe('en');
    expect(shown.text).not.toMatch(/[\u3040-\u30ff]/);
    await setLanguage(b.worker, 'auto');
    await page.close();
  });

  it('made no network request', () => {
    expect(offline.refused).toEqual([]);
  });
});

describe('Chromium with an English UI and Japanese chosen in the settings', () => {
  let b: Launched;
  let offline: Offline;
  beforeAll(async () => {
    ({ launched: b, offline } = await launchChromium({ lang: 'en-US', resolver: fixtureResolver() }));
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('speaks Japanese from the table the worker sends', async () => {
    const page = await b.context.newPage();
    const url = PAGES.find((p) => p.file === 'signin/alt-factors-failed-en.html')!.url;
    await page.goto(url);
    await waitForHost(page, 'alt-factors');
    expect((await panel(page)).lang).toBe('en');
    await setLanguage(b.worker, 'ja');
    await page.reload();
    await waitForHost(page, 'alt-factors');
    const shown = await panel(page);
    expect(shown.lang).toBe('ja');
    expect(shown.text).toMatch(JAPANESE);
    await page.close();
  });

  it('made no network request', () => {
    expect(offline.refused).toEqual([]);
  });
});
