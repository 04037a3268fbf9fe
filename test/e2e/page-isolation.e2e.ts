/**
 * Issue #9 item 1: nothing the user stored reaches the AWS page. Accounts are seeded with
 * labels, keys, e-mails, phones and device notes that no fixture shows; then, on the console
 * Account and Security credentials pages and the sign-in MFA step, the page's own script (main
 * world) tries everything a page has: walking the DOM and every shadow root it can reach,
 * attributes and form values, `composedPath()` of every event it can hear, capture-phase key
 * listeners while the user works the panel with the real keyboard, and `window.find` for each
 * seeded string (and its first eight characters). It must find none of them.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './use-browser.ts';
import { LONG_AGO, URLS, panelOn, seed, serveAll, worker } from './trust-helpers.ts';
import type { Account } from '../../src/shared/model.ts';

const base = { createdAt: LONG_AGO, updatedAt: LONG_AGO, phoneVerifiedAt: LONG_AGO };
const ACCOUNTS: Account[] = [
  {
    ...base,
    key: 'k-7f3a9c1e-zephyr',
    label: 'Zephyr Household Prod',
    accountId: '111122223333',
    rootEmail: 'zephyr.owner@example.org',
    phoneE164: '+819077771234',
    phoneCountry: 'JP',
    mfaDevices: [{ id: 'dev-quokka-1', kind: 'authenticator-app', where: 'blue drawer in Kyoto office' }],
  },
  {
    ...base,
    key: 'k-2b8d4e6f-marmot',
    label: 'Marmot Side Project',
    accountId: '999988887777',
    rootEmail: 'marmot.admin@example.net',
    phoneE164: '+14155550199',
    phoneCountry: 'US',
    mfaDevices: [{ id: 'dev-quokka-2', kind: 'security-key', where: 'grandmother safe deposit' }],
  },
  { ...base, key: 'k-9c1d2e3f-wombat', label: 'Wombat Sandbox', rootEmail: 'wombat.root@example.com', mfaDevices: [] },
];

/** Every stored string, in the forms a person would recognize (E.164 and grouped). */
const SEEDED = [
  ...ACCOUNTS.flatMap((a) => [a.key, a.label, a.rootEmail!, a.phoneE164 ?? '', ...a.mfaDevices.flatMap((d) => [d.id, d.where])]),
  '+81 90-7777-1234',
  '090-7777-1234',
  '+1 415-555-0199',
].filter(Boolean);

/** What a page can hear: capture-phase listeners on window, installed before any extension code runs. */
function spy(): void {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  const describe = (n: EventTarget) => {
    if (!(n instanceof Element)) return;
    seen.push(n.outerHTML.slice(0, 5000), (n as HTMLElement).innerText ?? '', (n as HTMLInputElement).value ?? '');
    for (const a of Array.from(n.attributes)) seen.push(a.value);
  };
  let typed = '';
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'change', 'click', 'focusin', 'pointerdown', 'paste', 'copy', 'select']) {
    window.addEventListener(
      type,
      (e) => {
        if (e instanceof KeyboardEvent && type === 'keydown' && e.key.length === 1) seen.push((typed += e.key));
        const data = (e as InputEvent).data;
        if (data) seen.push(data);
        for (const n of e.composedPath()) describe(n);
      },
      true,
    );
  }
}

/** Everything a page script can read right now, then `window.find` for each string. */
function probe(strings: string[]): string[] {
  const texts: string[] = [...(window as unknown as { __seen: string[] }).__seen];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) texts.push(a.value);
      texts.push((el as HTMLInputElement).value ?? '', el.textContent ?? '');
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  texts.push(document.documentElement.outerHTML, document.body.innerText);
  const found = new Set(strings.filter((s) => texts.some((t) => typeof t === 'string' && t.includes(s))));
  const find = (window as unknown as { find: unknown }).find as (s: string, cs: boolean, back: boolean, wrap: boolean, word: boolean, frames: boolean, dialog: boolean) => boolean;
  for (const s of strings) {
    for (const q of [s, s.slice(0, 8)]) {
      getSelection()?.removeAllRanges();
      if (find(q, false, false, true, false, true, false)) found.add(s);
    }
  }
  getSelection()?.removeAllRanges();
  return [...found];
}

/** Works the panel the way a keyboard user would; types a device note wherever the panel asks for text. */
async function usePanel(page: Page): Promise<{ textFields: number }> {
  const panel = page.locator('mfa-lifeline-panel');
  const fields = panel.locator('input:not([type=checkbox]):not([type=radio]), textarea, [contenteditable]');
  const textFields = await fields.count();
  if (textFields) {
    await fields.first().click();
    await page.keyboard.type('blue drawer in Kyoto office');
  }
  const selects = panel.locator('select');
  for (let i = 0; i < (await selects.count()); i++) {
    const values = await selects.nth(i).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    for (const v of values) await selects.nth(i).selectOption(v);
  }
  // Into the panel with the keyboard, and through its controls.
  await panel.locator('button:visible').first().focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  return { textFields };
}

describe('a page script reads nothing the user stored', () => {
  const env = useBrowser();
  const report: Record<string, string[]> = {};

  async function open(url: string, kind: string): Promise<Page> {
    const page = await env.b.context.newPage();
    await page.addInitScript(spy);
    await panelOn(page, url, kind);
    return page;
  }

  it('seeds the profile, and no fixture shows a seeded string by itself', async () => {
    serveAll(env.offline);
    await seed(worker(env.b), { accounts: ACCOUNTS });
    const page = await env.b.context.newPage();
    for (const url of [URLS.account, URLS.security, URLS.mfa]) {
      await page.goto(url);
      const html = await page.content();
      for (const s of SEEDED) expect(html).not.toContain(s);
    }
    await page.close();
  });

  it('console Account page', async () => {
    const page = await open(URLS.account, 'account-contact');
    await page.waitForTimeout(1000);
    const { textFields } = await usePanel(page);
    // Confirming sends the page's own number to the worker; the answer is a status, not data.
    const confirm = page.locator('mfa-lifeline-panel button.primary:not(.bar):visible').first();
    if (await confirm.isEnabled()) await confirm.click();
    await page.waitForTimeout(800);
    report.account = await page.evaluate(probe, SEEDED);
    console.log('page-isolation account: readable', report.account.length, 'of', SEEDED.length, JSON.stringify(report.account));
    expect(textFields).toBe(0);
    expect(report.account).toEqual([]);
  });

  it('console Security credentials page', async () => {
    const page = await open(URLS.security, 'security-credentials');
    await page.waitForTimeout(1000);
    const { textFields } = await usePanel(page);
    await page.waitForTimeout(300);
    report.security = await page.evaluate(probe, SEEDED);
    console.log('page-isolation security: readable', report.security.length, 'of', SEEDED.length, JSON.stringify(report.security));
    expect(textFields).toBe(0);
    expect(report.security).toEqual([]);
  });

  it('sign-in MFA step, through the whole decision tree', async () => {
    const page = await open(URLS.mfa, 'mfa-code');
    const panel = page.locator('mfa-lifeline-panel');
    await panel.locator('button.primary:not(.bar):visible').first().click();
    // Seed 000's answers (no other device, the root user, no Organization, the e-mail works, the
    // phone does not, nobody can update it): the documents path, the longest outcome. The first
    // option of a question is its primary button ("Yes", or "the root user").
    for (const choice of ['second', 'first', 'second', 'first', 'second', 'second']) {
      const options = panel.locator('.box[role="group"] .row button:visible');
      await options.nth(choice === 'first' ? 0 : 1).focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
    }
    await panel.locator('.box[data-path="support-documents"]').waitFor();
    const { textFields } = await usePanel(page);
    await page.waitForTimeout(300);
    report.mfa = await page.evaluate(probe, SEEDED);
    console.log('page-isolation mfa: readable', report.mfa.length, 'of', SEEDED.length, JSON.stringify(report.mfa));
    expect(textFields).toBe(0);
    expect(report.mfa).toEqual([]);
  });

  it('made no network request', () => {
    expect(env.offline.refused).toEqual([]);
  });
});
