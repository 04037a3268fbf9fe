/**
 * What the in-page panel says and does, in real Chromium with the built extension, on the
 * fixture pages served at their real AWS URLs (no request leaves the browser): the decision tree
 * with the ring over AWS's own link, trusted clicks only, the support form (no field: its phone
 * helper is the link page's, link-phone.e2e.ts), the recovery pages, and a Japanese browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, type Launched } from '../harness/launch.ts';
import { goOffline, readFixture, type Offline } from '../harness/offline.ts';
import { PAGES } from '../fixtures/pages.ts';
import { msg, seriousViolations } from './popup-helpers.ts';
import { readStore } from './detect-helpers.ts';
import type { ProgressEvent } from '../../src/shared/model.ts';
import { launchChromium } from './harness/index.ts';

/**
 * Answers the decision tree one question at a time: each click waits until the question it
 * answered has left the screen, so a fast click never lands on the previous render's button.
 */
async function answerTree(panel: Locator, answers: string[]): Promise<void> {
  const question = panel.locator('h3#mfl-q');
  for (const name of answers) {
    const before = await question.textContent();
    await panel.getByRole('button', { name, exact: true }).click();
    await expect.poll(async () => (await question.count()) === 0 || (await question.textContent()) !== before).toBe(true);
  }
}

/** Serves every fixture page at its URL (origin, path and query; the hash is the page's own). */
async function offlineFixtures(b: Launched): Promise<Offline> {
  const key = (u: URL) => `${u.origin}${u.pathname}${u.search}`;
  const byUrl = new Map(PAGES.map((p) => [key(new URL(p.url)), p.file]));
  return goOffline(b.context, (u) => {
    const file = byUrl.get(key(u));
    return file ? readFixture(join(ROOT, 'test/fixtures', file)) : null;
  });
}

function urlOf(file: string): string {
  const p = PAGES.find((x) => x.file === file);
  if (!p) throw new Error(`no fixture ${file}`);
  return p.url;
}

async function openPanel(page: Page, file: string, kind: string): Promise<Locator> {
  await page.goto(urlOf(file));
  const panel = page.locator(`mfa-lifeline-panel[data-page="${kind}"]`);
  await panel.locator('section.panel').waitFor({ timeout: 10_000 });
  return panel;
}

const rect = (l: Locator) => l.evaluate((e) => e.getBoundingClientRect().toJSON() as { top: number; left: number; right: number; bottom: number });

/** The ring surrounds the element: it covers it fully, with at most a few pixels of air. */
async function expectRingAround(ring: Locator, target: Locator): Promise<void> {
  await ring.waitFor({ state: 'visible', timeout: 5000 });
  const [r, t] = [await rect(ring), await rect(target)];
  expect(r.left).toBeLessThanOrEqual(t.left);
  expect(r.top).toBeLessThanOrEqual(t.top);
  expect(r.right).toBeGreaterThanOrEqual(t.right);
  expect(r.bottom).toBeGreaterThanOrEqual(t.bottom);
  for (const d of [t.left - r.left, t.top - r.top, r.right - t.right, r.bottom - t.bottom]) expect(d).toBeLessThanOrEqual(8);
}

describe('the panel in English', () => {
  let b: Launched;
  let offline: Offline;
  let page: Page;
  const en = (key: string, subs: string[] = []) => msg('en', key, subs);

  beforeAll(async () => {
    ({ launched: b } = await launchChromium());
    offline = await offlineFixtures(b);
    page = await b.context.newPage();
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it("mfa-code: \"Can't enter a code?\" works from the keyboard and leads to the alternative factors with AWS's link ringed", async () => {
    const panel = await openPanel(page, 'signin/mfa-code-2024-iam-en.html', 'mfa-code');
    const bodyBefore = await page.evaluate(() => document.body.outerHTML);
    expect(await panel.locator('h2').textContent()).toContain(en('panelHead_mfa_code'));
    expect(await panel.locator('section').getAttribute('lang')).toBe('en');

    await panel.getByRole('button', { name: en('panelCantEnter') }).focus();
    await page.keyboard.press('Enter');
    const question = panel.locator('h3#mfl-q');
    await question.waitFor();
    expect(await question.textContent()).toBe(en('recoveryQOtherDevice'));
    // Focus followed the user into the tree.
    await expect.poll(() => page.evaluate(() => document.querySelector('mfa-lifeline-panel')?.shadowRoot?.activeElement?.id)).toBe('mfl-q');

    await answerTree(panel, ['commonNo', 'recoveryASignInRoot', 'commonNo', 'commonYes', 'commonYes'].map((k) => en(k)));
    await panel.getByText(en('recoveryPathAltFactors')).waitFor();
    await expectRingAround(panel.locator('.ring'), page.getByRole('link', { name: 'Trouble signing in?' }));

    // The ring follows the link when the page scrolls, and AWS's markup was never touched.
    await page.evaluate(() => {
      document.body.style.height = '3000px';
      window.scrollTo(0, 60);
    });
    await page.waitForTimeout(100);
    await expectRingAround(panel.locator('.ring'), page.getByRole('link', { name: 'Trouble signing in?' }));
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.body.style.removeProperty('height');
      if (document.body.getAttribute('style') === '') document.body.removeAttribute('style');
    });
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);

    // Each step reached is on the timeline.
    await expect
      .poll(async () => (await readStore<ProgressEvent>(b.worker, 'progress')).map((e) => e.step), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['tree-q-other-device', 'tree-q-sign-in-as', 'tree-q-org-member', 'tree-q-root-email', 'tree-q-account-phone', 'tree-alt-factors', 'pointed-troubleshoot-link']));
  });

  it("ignores clicks a page script makes on the panel's buttons", async () => {
    const panel = await openPanel(page, 'signin/mfa-code-legacy-en.html', 'mfa-code');
    await page.evaluate(() => {
      const root = document.querySelector('mfa-lifeline-panel')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button.primary')!.click();
      root.querySelector<HTMLButtonElement>('button.x')!.click();
    });
    await page.waitForTimeout(200);
    expect(await panel.locator('h3#mfl-q').count()).toBe(0);
    expect(await page.locator('mfa-lifeline-panel').count()).toBe(1);
  });

  it('mfa-code: "Codes keep failing?" explains clock drift and re-sync', async () => {
    const panel = await openPanel(page, 'signin/mfa-code-2024-root-en.html', 'mfa-code');
    await panel.getByText(en('panelDrift')).click();
    await panel.getByText(en('panelDrift1')).waitFor();
    expect(await panel.locator('details li').count()).toBe(4);
  });

  it('mfa-device-choice: what each choice means', async () => {
    const panel = await openPanel(page, 'signin/device-choice-2024-en.html', 'mfa-device-choice');
    await panel.getByText(en('panelChoiceKind2')).waitFor();
    expect(await panel.getByText(en('panelChoiceIntro')).count()).toBe(1);
  });

  it('troubleshoot: both options, and "Show me" rings "Sign in using alternative factors"', async () => {
    const panel = await openPanel(page, 'signin/troubleshoot-legacy-en.html', 'troubleshoot');
    expect(await panel.locator('h3').allTextContents()).toEqual([en('panelTsResync'), en('panelTsAlt')]);
    await panel.getByRole('button', { name: en('panelShowMe') }).click();
    await expectRingAround(panel.locator('.ring'), page.getByRole('button', { name: 'Sign in using alternative factors' }));
  });

  it('alt-factors: the steps in order, and the failure help first after a failed phone check', async () => {
    let panel = await openPanel(page, 'signin/alt-factors-2026-en.html', 'alt-factors');
    expect(await panel.locator('h3').allTextContents()).toEqual([en('panelAltEmail'), en('panelAltPhone'), en('panelAltAfter'), en('panelAltFail')]);
    expect(await panel.getByText(en('panelAltPhone3')).count()).toBe(1);

    panel = await openPanel(page, 'signin/alt-factors-failed-en.html', 'alt-factors');
    expect((await panel.locator('h3').allTextContents())[0]).toBe(en('panelAltFail'));
    expect(await panel.locator('.warn a').getAttribute('href')).toBe('https://aws.amazon.com/forms/aws-mfa-support');
  });

  it('support-form: no field of its own; the button opens the link page in a new tab', async () => {
    const panel = await openPanel(page, 'support/aws-mfa-support-form-en.html', 'support-form');
    expect(await panel.locator('input, select, textarea, [contenteditable]').count()).toBe(0);
    await panel.getByText(en('panelAfter1')).waitFor();
    const [tab] = await Promise.all([b.context.waitForEvent('page'), panel.getByRole('button', { name: en('panelFormPhoneOpen') }).click()]);
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toMatch(new RegExp(`^chrome-extension://${b.extensionId}/src/link/index\\.html#`));
    await tab.getByRole('heading', { name: en('linkPhoneTitle') }).waitFor();
    await panel.getByText(en('panelLinkOpened')).waitFor();
    await tab.close();
  });

  it('passes axe-core (serious and critical) in light and dark, with the tree open and on the support form', async () => {
    const inPanel = async () => (await seriousViolations(page)).filter((v) => v.targets.some((t) => t.startsWith('mfa-lifeline-panel')));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      let panel = await openPanel(page, 'signin/mfa-code-2024-iam-en.html', 'mfa-code');
      await panel.getByRole('button', { name: en('panelCantEnter') }).click();
      await panel.locator('h3#mfl-q').waitFor();
      expect(await inPanel()).toEqual([]);
      await answerTree(panel, ['commonNo', 'recoveryASignInRoot', 'commonNo', 'commonYes', 'commonNo', 'commonNo'].map((k) => en(k)));
      await panel.getByText(en('recoveryNowSupport')).waitFor();
      expect(await inPanel()).toEqual([]);
      panel = await openPanel(page, 'support/aws-mfa-support-form-en.html', 'support-form');
      await panel.getByRole('button', { name: en('panelFormPhoneOpen') }).waitFor();
      expect(await inPanel()).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
  });

  it('made no network request', () => {
    expect(offline.refused).toEqual([]);
  });
});

describe('the panel in a Japanese browser', () => {
  let b: Launched;
  let offline: Offline;
  let page: Page;
  const ja = (key: string, subs: string[] = []) => msg('ja', key, subs);

  beforeAll(async () => {
    ({ launched: b } = await launchChromium({ lang: 'ja' }));
    offline = await offlineFixtures(b);
    page = await b.context.newPage();
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('speaks Japanese on the MFA step, through the whole tree', async () => {
    const panel = await openPanel(page, 'signin/mfa-code-legacy-ja.html', 'mfa-code');
    expect(await panel.locator('section').getAttribute('lang')).toBe('ja');
    expect(await panel.locator('h2').textContent()).toContain(ja('panelHead_mfa_code'));
    await panel.getByRole('button', { name: ja('panelCantEnter') }).click();
    expect(await panel.locator('h3#mfl-q').textContent()).toBe(ja('recoveryQOtherDevice'));
    expect(await panel.getByText(ja('panelTreeProgress', ['1', '6'])).count()).toBe(1);
    await answerTree(panel, ['commonNo', 'recoveryASignInRoot', 'commonNo', 'commonYes', 'commonNo', 'commonNo'].map((k) => ja(k)));
    await panel.getByText(ja('recoveryPathSupport')).waitFor();
    await panel.getByText(ja('recoveryNowSupport')).waitFor();
  });

  it('gives the Japanese-support tip on the support form, and its link page starts with Japan', async () => {
    const panel = await openPanel(page, 'support/aws-mfa-support-form-en.html', 'support-form');
    await panel.getByText(ja('panelJaSupport')).waitFor();
    const [tab] = await Promise.all([b.context.waitForEvent('page'), panel.getByRole('button', { name: ja('panelFormPhoneOpen') }).click()]);
    const country = tab.getByLabel(ja('linkPhoneCountry'));
    await country.waitFor();
    expect(await country.inputValue()).toBe('JP');
    expect(await country.locator('option:checked').textContent()).toContain('日本');
    await tab.getByLabel(ja('linkPhoneNumber')).fill('０９０－１２３４－５６７８');
    await tab.locator('[role=status] .big').getByText('+819012345678').waitFor();
    await tab.getByLabel(ja('linkPhoneNumber')).fill('でんわ');
    await tab.getByText(ja('phoneErrorLetters')).waitFor();
    await tab.close();
  });

  it('leads with the failure help on the Japanese failed-verification page', async () => {
    const panel = await openPanel(page, 'signin/alt-factors-failed-ja.html', 'alt-factors');
    expect((await panel.locator('h3').allTextContents())[0]).toBe(ja('panelAltFail'));
  });

  it('made no network request', () => {
    expect(offline.refused).toEqual([]);
  });
});
