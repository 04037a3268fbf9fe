/**
 * The legacy sign-in page switches steps by toggling a class (Angular's ng-hide) and the
 * `hidden` attribute, without adding or removing a node. The detector does not observe
 * attributes (they are most of a busy page's mutations); its half-second pass must still show
 * the panel within a second of the MFA step appearing, and remove it within a second of it going.
 */
import { expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { fixtureResolver, PAGES } from '../fixtures/pages.ts';
import { hosts, waitForHost, waitForNoHost } from './detect-helpers.ts';
import { contentScriptStarted } from './content-started.ts';

const LEGACY_PASSWORD = PAGES.find((p) => p.file === 'negative/password-step-legacy-en.html')!;

const env = useBrowser({}, fixtureResolver());

it('follows steps revealed and hidden by class and attribute changes alone', async () => {
  const page = await env.b.context.newPage();
  await page.goto(LEGACY_PASSWORD.url);
  await contentScriptStarted(page);
  expect(await hosts(page)).toEqual([]);

  // Password accepted: the credentials step hides and the MFA step shows, by class only.
  await page.evaluate(() => {
    document.getElementById('credentials_container')!.classList.add('ng-hide');
    document.getElementById('mfa_container')!.classList.remove('ng-hide');
  });
  await waitForHost(page, 'mfa-code', 1000);

  // The app goes back to the password step the same way.
  await page.evaluate(() => {
    document.getElementById('mfa_container')!.classList.add('ng-hide');
    document.getElementById('credentials_container')!.classList.remove('ng-hide');
  });
  await waitForNoHost(page, 1000);

  // A step shown by removing the `hidden` attribute.
  await page.evaluate(() => {
    document.getElementById('credentials_container')!.classList.add('ng-hide');
    document.getElementById('multi_mfa_container')!.removeAttribute('hidden');
  });
  await waitForHost(page, 'mfa-device-choice', 1000);
  expect(await hosts(page)).toEqual(['mfa-device-choice']);
  expect(env.offline.refused).toEqual([]);
});
