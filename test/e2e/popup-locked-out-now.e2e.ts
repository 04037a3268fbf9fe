/**
 * The first thing a locked-out person may do is open the popup with nothing in it: one click
 * ("I'm locked out right now"), a name for the account, and they are at the first question.
 *
 * Browser-neutral: runs in Chromium and Firefox (vitest.config.ts FIREFOX_E2E).
 */
import { expect, it } from 'vitest';
import { BROWSER, useE2E } from './harness/index.ts';
import { msg } from './popup-helpers.ts';
import { QUESTIONS } from '../../src/domain/recovery-tree.ts';

const m = (key: string) => msg('en', key, []);
const env = useE2E();

it(`goes from an empty popup to the first recovery question with only a label typed (${BROWSER})`, async () => {
  // A retried test starts from an empty popup too.
  await env.b.store.clear(['accounts', 'prevention', 'cases', 'progress']);
  const page = await env.b.openExtensionPage('src/popup/index.html');
  await page.setViewport(400, 800);
  await page.click({ css: 'a', text: m('popupLockedOutNow') });
  await page.waitFor((s) => document.body.innerText.includes(s), m('popupLockedOutFormNote'));
  await page.fill({ css: 'input', label: m('popupFieldLabel') }, 'Family photos');
  await page.click({ css: 'button', text: m('commonSave') });
  await page.waitFor((s) => document.body.innerText.includes(s), m(QUESTIONS.otherDevice.titleKey));
  expect(await page.evaluate(() => location.hash)).toMatch(/^#\/account\/[^/]+\/recover$/);
  const accounts = await env.b.store.getAll<{ label: string }>('accounts');
  expect(accounts.map((a) => a.label)).toEqual(['Family photos']);
  expect(page.errors).toEqual([]);
  await page.close();
  expect(env.b.refused).toEqual([]);
});
