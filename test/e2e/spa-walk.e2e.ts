/**
 * The sign-in single-page app walked in the browser under test (Chromium or Firefox): one host
 * that follows each step swap, history back and forward, never two hosts through rapid swaps,
 * and each step reached recorded once for the timeline. (detect-spa.e2e.ts covers the rest of
 * the detector's contract in Chromium.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureResolver } from '../fixtures/pages.ts';
import { HOST, readPanel, useE2E, waitForContentScript, waitForNoPanel, waitForPanel, type E2EPage } from './harness/index.ts';
import type { ProgressEvent } from '../../src/shared/model.ts';

const SPA = 'https://signin.aws.amazon.com/oauth?client_id=spa&step=password';

type Spa = { __spa: { go(step: string, o?: { loading?: number }): Promise<void>; rapid(n: number, ms: number): Promise<void> } };
const go = (page: E2EPage, step: string, loading = 0) => page.evaluate(([s, l]) => (window as unknown as Spa).__spa.go(s, { loading: l }), [step, loading] as [string, number]);

/** Counts, from the page itself, the most hosts ever present at once and how many were inserted. */
const watchHosts = (page: E2EPage) =>
  page.evaluate((tag) => {
    const w = { max: document.querySelectorAll(tag).length, inserted: 0 };
    (window as unknown as { __hosts: typeof w }).__hosts = w;
    new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if ((n as Element).localName === tag) w.inserted++;
      w.max = Math.max(w.max, document.querySelectorAll(tag).length);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, HOST);
const watched = (page: E2EPage) => page.evaluate(() => (window as unknown as { __hosts: { max: number; inserted: number } }).__hosts);

describe('walking the sign-in single-page app', () => {
  const e = useE2E({ resolver: fixtureResolver() });
  let page: E2EPage;
  beforeEach(async () => {
    await page?.close();
    page = await e.b.newPage(SPA);
    await waitForContentScript(page);
    await watchHosts(page);
  });

  it('walks password → MFA → troubleshoot → alternative factors → password with one host that follows', async () => {
    expect((await readPanel(page)).count).toBe(0);
    await go(page, 'mfa');
    await waitForPanel(page, 'mfa-code');
    await go(page, 'troubleshoot', 150);
    await waitForPanel(page, 'troubleshoot');
    await go(page, 'alt');
    await waitForPanel(page, 'alt-factors');
    expect(new URL(await page.url()).pathname).toBe('/noMfa');
    await go(page, 'password');
    await waitForNoPanel(page);
    // One element all along: updated from step to step, not torn down and put back.
    expect(await watched(page)).toEqual({ max: 1, inserted: 1 });
  });

  it('follows history navigation back and forward', async () => {
    await go(page, 'mfa');
    await waitForPanel(page, 'mfa-code');
    await go(page, 'troubleshoot');
    await waitForPanel(page, 'troubleshoot');
    await page.evaluate(() => history.back());
    await waitForPanel(page, 'mfa-code');
    await page.evaluate(() => history.back());
    await waitForNoPanel(page);
    await page.evaluate(() => history.forward());
    await waitForPanel(page, 'mfa-code');
    expect((await watched(page)).max).toBe(1);
  });

  it('never shows two hosts through 20 rapid swaps, and ends in the right state', async () => {
    await page.evaluate(() => (window as unknown as Spa).__spa.rapid(20, 0));
    await waitForNoPanel(page);
    await page.evaluate(() => (window as unknown as Spa).__spa.rapid(21, 5));
    await waitForPanel(page, 'mfa-code');
    expect((await watched(page)).max).toBe(1);
    expect((await readPanel(page)).page).toBe('mfa-code');
  });

  it('recorded each step reached once, for the timeline', async () => {
    await go(page, 'mfa');
    await waitForPanel(page, 'mfa-code');
    await go(page, 'troubleshoot');
    await waitForPanel(page, 'troubleshoot');
    await go(page, 'alt');
    await waitForPanel(page, 'alt-factors');
    const reached = async () => (await e.b.store.getAll<ProgressEvent>('progress')).map((x) => `${x.source}:${x.page}:${x.step}`);
    await expect.poll(reached).toContain('signin-page:alt-factors:reached-alt-factors');
    const steps = await reached();
    // Every test of this file walked through the MFA step; it was recorded once all the same.
    for (const s of ['mfa-code:reached-mfa-code', 'troubleshoot:reached-troubleshoot', 'alt-factors:reached-alt-factors']) {
      expect(steps.filter((x) => x === `signin-page:${s}`), s).toHaveLength(1);
    }
  });

  it('made no network request', () => {
    expect(e.b.refused).toEqual([]);
  });
});
