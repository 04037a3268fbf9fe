/**
 * Issue #14, in Chromium and Firefox: the worker injects the panel's script and its style sheet
 * into the detector's world on recognition; the panel that results is styled (laid out by the
 * injected sheet, not in the page's flow), and nothing appears where nothing is recognized.
 */
import { describe, expect, it } from 'vitest';
import { fixtureResolver, PAGES } from '../fixtures/pages.ts';
import { BROWSER, useE2E } from './harness/index.ts';

const MFA = PAGES.find((p) => p.file === 'signin/mfa-code-2024-iam-en.html')!;
const PASSWORD = PAGES.find((p) => p.file === 'negative/password-step-2024-en.html')!;

describe(`the panel injected by the worker (${BROWSER})`, () => {
  const env = useE2E({ resolver: fixtureResolver() });

  it('shows a styled panel on a recognized page and nothing on an unrecognized one', async () => {
    const quiet = await env.b.newPage(PASSWORD.url);
    await quiet.contentScriptStarted();
    await new Promise((r) => setTimeout(r, 700));
    expect(await quiet.evaluate(() => document.querySelectorAll('mfa-lifeline-panel').length)).toBe(0);
    await quiet.close();

    const page = await env.b.newPage(MFA.url);
    await page.waitFor(() => !!document.querySelector('mfa-lifeline-panel[data-page="mfa-code"]')?.shadowRoot?.querySelector('section.panel h2'), undefined, 15_000);
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelector('section.panel')!);
      return { position: s.position, width: s.width };
    });
    expect(style.position).toBe('absolute');
    expect(parseFloat(style.width)).toBeGreaterThan(200);
    expect(page.errors).toEqual([]);
    expect(env.b.refused).toEqual([]);
    await page.close();
  });
});
