/**
 * On console routes no page of ours lives on, the content script ignores the page's churn until
 * the URL changes (src/site/classify.ts urlCanMatch). Moving to the Account route inside the
 * same single-page console must still bring the panel, and moving away must remove it.
 */
import { expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { fixtureResolver, PAGES, readPage } from '../fixtures/pages.ts';
import { hosts, waitForHost, waitForNoHost } from './detect-helpers.ts';
import { contentScriptStarted } from './content-started.ts';

const BILLS = PAGES.find((p) => p.url.endsWith('#/bills'))!;

const env = useBrowser({}, fixtureResolver());

it('follows the console from the Bills route to the Account route and back, without a reload', async () => {
  const page = await env.b.context.newPage();
  await page.goto(BILLS.url);
  await contentScriptStarted(page);
  // Churn on a route we do not serve changes nothing.
  await page.evaluate(() => {
    for (let i = 0; i < 50; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `MFA code ${i}` }));
  });
  await page.waitForTimeout(700);
  expect(await hosts(page)).toEqual([]);

  // The console's router: the Account page's content arrives with the new hash.
  const account = readPage('console/billing-account-en.html');
  await page.evaluate((html) => {
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    location.hash = '#/account';
  }, account);
  await waitForHost(page, 'account-contact', 1500);

  await page.evaluate(() => {
    location.hash = '#/bills';
  });
  await waitForNoHost(page, 1000);
  expect(env.offline.refused).toEqual([]);
});
