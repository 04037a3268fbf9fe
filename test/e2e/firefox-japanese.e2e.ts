/**
 * A Japanese Firefox (its UI language set to Japanese): the panel on the Japanese MFA step speaks
 * Japanese through the tree's first question, and the popup's first screen is in Japanese, with
 * no setting changed. Chromium's Japanese browser is walked in panel-ui.e2e.ts, detect-ja.e2e.ts
 * and popup-a11y.e2e.ts; this file keeps Firefox's Japanese users covered.
 */
import { describe, expect, it } from 'vitest';
import { PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { useE2E, waitForPanel } from './harness/index.ts';
import { msg } from './popup-helpers.ts';

const ja = (key: string, subs: string[] = []) => msg('ja', key, subs);
const MFA_JA = PAGES.find((p) => p.file === 'signin/mfa-code-legacy-ja.html')!;

/** The panel's language attribute and its text, once rendered. */
const panel = (page: { evaluate<R>(fn: () => R): Promise<R> }) =>
  page.evaluate(() => {
    const box = document.querySelector('mfa-lifeline-panel')?.shadowRoot?.querySelector('div[lang]');
    return { lang: box?.getAttribute('lang') ?? null, text: box?.textContent ?? '' };
  });

describe('a Japanese Firefox', () => {
  const env = useE2E({ lang: 'ja', resolver: fixtureResolver() });

  it('the panel speaks Japanese on the Japanese MFA step, into the tree', async () => {
    const page = await env.b.newPage(MFA_JA.url);
    await waitForPanel(page, 'mfa-code', 10_000);
    const first = await panel(page);
    expect(first.lang).toBe('ja');
    expect(first.text).toContain(ja('panelHead_mfa_code'));
    await page.click({ css: 'section.panel button', text: ja('panelCantEnter') });
    await page.waitFor((s) => !!document.querySelector('mfa-lifeline-panel')?.shadowRoot?.querySelector('#mfl-q')?.textContent?.includes(s), ja('recoveryQOtherDevice'));
    expect((await panel(page)).text).toContain(ja('panelTreeProgress', ['1', '6']));
    await page.close();
  });

  it('the popup opens in Japanese', async () => {
    const page = await env.b.openExtensionPage('src/popup/index.html');
    await page.waitFor((s) => document.body.innerText.includes(s), ja('popupLockedOutNow'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(page.errors).toEqual([]);
    await page.close();
    expect(env.b.refused).toEqual([]);
  });
});
