/**
 * The passkey / security-key step (data-page "mfa-key") in real Chromium with the built
 * extension: both fixtures (EN, JA; their markup is inferred, see test/fixtures/README.md) served
 * at their AWS URLs get the panel, which points at AWS's "Try another MFA method" and opens the
 * tree; nothing on the page changes and no request leaves the browser.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { msg } from './popup-helpers.ts';
import { readStore } from './detect-helpers.ts';
import { useBrowser } from './use-browser.ts';
import type { ProgressEvent } from '../../src/shared/model.ts';

const urlOf = (file: string) => PAGES.find((p) => p.file === file)!.url;

async function openPanel(page: Page, file: string): Promise<Locator> {
  await page.goto(urlOf(file));
  const panel = page.locator('mfa-lifeline-panel[data-page="mfa-key"]');
  await panel.locator('section.panel').waitFor({ timeout: 10_000 });
  return panel;
}

const rect = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().toJSON() as { top: number; left: number; right: number; bottom: number });

for (const lang of ['en', 'ja'] as const) {
  describe(`the passkey step in a ${lang === 'en' ? 'English' : 'Japanese'} browser`, () => {
    const s = useBrowser(lang === 'ja' ? { lang: 'ja' } : {}, fixtureResolver());
    const m = (key: string, subs: string[] = []) => msg(lang, key, subs);

    it(`recognizes signin/mfa-key-2024-${lang}.html and rings AWS's "Try another MFA method"`, async () => {
      const page = await s.b.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const panel = await openPanel(page, `signin/mfa-key-2024-${lang}.html`);
      const bodyBefore = await page.evaluate(() => document.body.outerHTML);
      expect(await page.locator('mfa-lifeline-panel').count()).toBe(1);
      expect(await panel.locator('h2').textContent()).toContain(m('panelHead_mfa_key'));
      await panel.getByText(m('panelKeyIntro')).waitFor();

      await panel.getByRole('button', { name: m('panelShowMe') }).click();
      const ring = panel.locator('.ring');
      await ring.waitFor({ state: 'visible', timeout: 5000 });
      const link = page.getByRole('link', { name: lang === 'en' ? 'Try another MFA method' : '別の MFA 方法を試す' });
      const [r, t] = [await rect(ring), await rect(link)];
      expect(r.left).toBeLessThanOrEqual(t.left);
      expect(r.top).toBeLessThanOrEqual(t.top);
      expect(r.right).toBeGreaterThanOrEqual(t.right);
      expect(r.bottom).toBeGreaterThanOrEqual(t.bottom);

      // The same tree as on the code step.
      await panel.getByRole('button', { name: m('panelCantEnter') }).click();
      expect(await panel.locator('h3#mfl-q').textContent()).toBe(m('recoveryQOtherDevice'));
      await panel.getByRole('button', { name: m('commonYes'), exact: true }).click();
      await panel.getByText(m('recoveryPathOtherDevice')).waitFor();

      expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
      await expect
        .poll(async () => (await readStore<ProgressEvent>(s.b.worker, 'progress')).map((e) => e.step), { timeout: 5000 })
        .toEqual(expect.arrayContaining(['reached-mfa-key', 'pointed-try-another-method', 'tree-q-other-device', 'tree-other-device']));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('made no network request', () => {
      expect(s.offline.refused).toEqual([]);
    });
  });
}
