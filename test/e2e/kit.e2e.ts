/**
 * The printable recovery kit in Chromium: per account, the facts and both recovery paths, the
 * support form address, documents and notary options; no secrets (the phone is masked); the
 * controls disappear in print media; printing records the kit as done for "Stay safe".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionUrl, type Launched } from '../harness/launch.ts';
import { type Offline } from '../harness/offline.ts';
import { importSeed, msg, openPopup, seriousViolations } from './popup-helpers.ts';
import { launchChromium } from './harness/index.ts';

const m = (key: string, subs: string[] = []) => msg('en', key, subs);

describe('recovery kit in Chromium', () => {
  let b: Launched;
  let offline: Offline;
  let key = '';
  let page: Page;

  beforeAll(async () => {
    ({ launched: b, offline } = await launchChromium());
    key = await importSeed(b.context, b.extensionId, 'en');
    page = await b.context.newPage();
    await page.goto(extensionUrl(b.extensionId, `src/kit/index.html#account=${key}`));
    await page.getByRole('heading', { name: 'Shop production' }).waitFor();
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('holds the account facts, both recovery paths, the support form, documents and notaries', async () => {
    const text = await page.locator('main').innerText();
    expect(text).toContain(m('kitKeepWithPassport'));
    expect(text).toContain('111122223333');
    expect(text).toContain('aws-root@example.com');
    expect(text).toContain('Home safe');
    expect(text).toContain('https://aws.amazon.com/forms/aws-mfa-support');
    for (const k of ['recoveryPathAltFactors', 'recoveryPathSupport', 'recoveryStep_verifyEmail', 'recoveryStep_verifyPhone', 'recoveryStep_supportForm', 'docStepForm', 'docStepPhotoId', 'docStepAddress', 'docStepObjection', 'docNotaryUsEmbassyJp', 'docNotaryJpOffice', 'docNotaryNotMedallion']) {
      expect(text, k).toContain(m(k));
    }
    // A second device (the security key) is recorded, so that path comes first.
    expect(text.indexOf(m('recoveryPathOtherDevice'))).toBeLessThan(text.indexOf(m('recoveryPathAltFactors')));
  });

  it('has no secrets: the phone is masked and nothing else personal is stored', async () => {
    const html = await page.content();
    expect(html).not.toContain('9012345678');
    expect(html).not.toContain('+819012345678');
    expect(html).toMatch(/\+81 90[-\s]\*\*\*\*[-\s]5678/);
    expect(html).not.toMatch(/otpauth:|secret=/i);
  });

  it('prints without the on-screen controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Shop production' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: m('kitPrint') }).isVisible()).toBe(true);
    // Paper size choice sets the @page size for the print dialog.
    await page.getByLabel(m('kitPaper')).selectOption('letter');
    // (A constructed sheet: the pages' CSP allows no inline <style>.)
    const pageRules = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    expect(await pageRules()).toContain('size: letter');
  });

  it('records the kit as printed after printing, and "Stay safe" shows it done', async () => {
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.getByLabel(m('kitMarkPrinted')).isChecked()).toBe(true);
    const popup = await openPopup(b.context, b.extensionId, `#/account/${key}/safe`);
    const kitItem = popup.locator('li', { has: popup.getByRole('heading', { name: m('popupSafeKit') }) });
    await expect(kitItem.innerText()).resolves.toContain(m('popupStatusDone'));
    await popup.close();
  });

  it('has no serious or critical axe violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sent no request anywhere', () => {
    expect(offline.refused).toEqual([]);
  });
});
