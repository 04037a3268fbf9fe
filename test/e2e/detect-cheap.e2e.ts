/**
 * The detector does not observe the whole document (issue #14): it sees the elements that matter
 * through a no-op CSS animation and watches only the sign-in form's part of the page. What must
 * still hold: a step rendered outside that part, or on a page that suppresses every animation,
 * is still recognized (the periodic pass catches it within a second on an unloaded machine); the injected style sheet names only
 * selectors and comes back if the page removes it; nothing the page forges makes it go (issue #9).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './use-browser.ts';
import { fixtureResolver, PAGES } from '../fixtures/pages.ts';
import { hosts, waitForHost, waitForNoHost } from './detect-helpers.ts';
import { SEEN_CSS } from '../../src/content/seen-style.ts';
import { contentScriptStarted } from './content-started.ts';

const LEGACY_PASSWORD = PAGES.find((p) => p.file === 'negative/password-step-legacy-en.html')!;
const PASSWORD_2024 = PAGES.find((p) => p.file === 'negative/password-step-2024-en.html')!;

const env = useBrowser({}, fixtureResolver());

async function open(url: string): Promise<Page> {
  const page = await env.b.context.newPage();
  await page.goto(url);
  await contentScriptStarted(page);
  return page;
}

const MFA_STEP =
  '<h1>Additional verification required</h1><form><p>Enter the code from your MFA device.</p><label for="mfaCode">MFA code</label>' +
  '<input id="mfaCode" type="text"><button type="submit" data-testid="mfa-submit-button">Submit</button></form>';

it('recognizes a step rendered outside the form it watches, and one on a page that suppresses animations', async () => {
  const page = await open(PASSWORD_2024.url);
  expect(await hosts(page)).toEqual([]);
  // A new layer deep inside another part of the page (not the form's container, not a child of <body>).
  await page.evaluate((html) => {
    document.querySelector('form')!.remove();
    const outer = document.createElement('section');
    document.body.append(outer);
    const layer = document.createElement('div');
    outer.append(document.createElement('div'));
    outer.firstElementChild!.append(layer);
    layer.innerHTML = html;
  }, MFA_STEP);
  await waitForHost(page, 'mfa-code');
  await page.close();

  const legacy = await open(LEGACY_PASSWORD.url);
  await legacy.evaluate(() => {
    const s = document.createElement('style');
    s.textContent = '*{animation:none!important}';
    document.head.append(s);
  });
  await legacy.evaluate(() => {
    document.getElementById('credentials_container')!.classList.add('ng-hide');
    document.getElementById('mfa_container')!.classList.remove('ng-hide');
  });
  await waitForHost(legacy, 'mfa-code');
  await legacy.evaluate(() => {
    document.getElementById('mfa_container')!.classList.add('ng-hide');
    document.getElementById('credentials_container')!.classList.remove('ng-hide');
  });
  await waitForNoHost(legacy, 1000);
  await legacy.close();
  expect(env.offline.refused).toEqual([]);
});

it('injects one style sheet of selectors only, puts it back when the page removes it, and keeps it whatever the page forges', async () => {
  const page = await open(LEGACY_PASSWORD.url);
  const sheets = () => page.$$eval('style', (all) => all.filter((s) => (s.textContent ?? '').includes('mfa-lifeline-seen')).map((s) => s.textContent ?? ''));
  // The constant built from the site data's selectors, first in <head> (lowest-priority layer).
  expect(await sheets()).toEqual([SEEN_CSS]);
  expect(await page.evaluate(() => (document.head.firstElementChild?.textContent ?? '').includes('mfa-lifeline-seen'))).toBe(true);

  await page.evaluate(() => document.querySelectorAll('style').forEach((s) => (s.textContent ?? '').includes('mfa-lifeline-seen') && s.remove()));
  await page.waitForFunction(() => Array.from(document.querySelectorAll('style')).some((s) => (s.textContent ?? '').includes('mfa-lifeline-seen')), null, { timeout: 2000 });

  // The old takeover signal is gone: a page that forges it stops nothing (takeover.e2e.ts).
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-mfa-lifeline', 'newer-copy');
    document.dispatchEvent(new Event('mfa-lifeline:takeover'));
  });
  await page.waitForTimeout(300);
  expect(await sheets()).toEqual([SEEN_CSS]);
  await page.close();
});
