/**
 * Issue #9 item 1: nothing the user stored reaches the AWS page. Accounts are seeded with
 * labels, keys, e-mails, phones and device notes that no fixture shows; then, on the console
 * Account and Security credentials pages, the sign-in MFA step and AWS's lost-MFA support form,
 * the page's own script (main world, installed before any other script) tries everything a page
 * has: walking the DOM and every shadow root it can reach, attributes and form values,
 * `composedPath()` of every event it can hear, capture-phase key listeners while the user works
 * the panel with the real keyboard, and `window.find` for each seeded string (and its first
 * eight characters). It must find none of them. The panel has no field at all on these pages:
 * on the support form, the phone is typed on the link page (an extension tab), and what is typed
 * there never reaches the form's listeners.
 *
 * Browser-neutral: runs in Chromium and Firefox (vitest.config.ts FIREFOX_E2E).
 */
import { describe, expect, it } from 'vitest';
import { BROWSER, useE2E, type E2EPage } from './harness/index.ts';
import { sleep } from './harness/common.ts';
import { msg } from './popup-helpers.ts';
import { LONG_AGO, URLS, clickPanelButton, fixtureHtml, openPanelIn, panelShows, serveAllIn } from './trust-helpers.ts';
import type { Account } from '../../src/shared/model.ts';

const en = (key: string) => msg('en', key);
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

/** The panel's fields of any kind: a page hears every key typed into one. */
const FIELDS = 'input, select, textarea, [contenteditable]';

/** Works the panel the way a keyboard user would; types a device note wherever the panel asks for text. */
async function usePanel(page: E2EPage): Promise<{ fields: number }> {
  const fields = await page.evaluate((sel) => document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelectorAll(sel).length, FIELDS);
  if (fields) await page.fill({ css: `section.panel :is(${FIELDS})` }, 'blue drawer in Kyoto office');
  // Into the panel with the keyboard (its first visible button), and through its controls.
  await page.evaluate(() => {
    const root = document.querySelector('mfa-lifeline-panel')!.shadowRoot!;
    const first = Array.from(root.querySelectorAll<HTMLElement>('section.panel button')).find((b) => b.getClientRects().length > 0);
    first?.focus();
  });
  for (let i = 0; i < 6; i++) await page.press('Tab');
  return { fields };
}

describe(`a page script reads nothing the user stored (${BROWSER})`, () => {
  const env = useE2E();
  const report: Record<string, string[]> = {};

  async function open(url: string, kind: string): Promise<E2EPage> {
    const page = await env.b.newPage();
    await page.addInitScript(spy);
    await openPanelIn(page, url, kind);
    return page;
  }

  async function check(name: string, page: E2EPage): Promise<void> {
    // The page's listeners were in place and heard the user (a probe that heard nothing proves nothing).
    expect(await page.evaluate(() => (window as unknown as { __seen?: string[] }).__seen?.length ?? 0)).toBeGreaterThan(0);
    report[name] = await page.evaluate(probe, SEEDED);
    console.log(`page-isolation ${BROWSER} ${name}: readable`, report[name].length, 'of', SEEDED.length, JSON.stringify(report[name]));
    expect(report[name]).toEqual([]);
  }

  it('seeds the profile, and no fixture shows a seeded string by itself', async () => {
    serveAllIn(env.b);
    await env.b.store.put(ACCOUNTS.map((value) => ({ store: 'accounts', value })));
    for (const which of ['account', 'security', 'mfa', 'support'] as const) {
      const html = fixtureHtml(which);
      for (const s of SEEDED) expect(html).not.toContain(s);
    }
  });

  it('console Account page', async () => {
    const page = await open(URLS.account, 'account-contact');
    await panelShows(page, en('panelStatusInList'));
    const { fields } = await usePanel(page);
    // Confirming sends the page's own number to the worker; the answer is a status, not data.
    await clickPanelButton(page, en('panelContactConfirm'));
    await sleep(800);
    expect(fields).toBe(0);
    await check('account', page);
    await page.close();
  });

  it('console Security credentials page', async () => {
    const page = await open(URLS.security, 'security-credentials');
    await sleep(1000);
    const { fields } = await usePanel(page);
    await sleep(300);
    expect(fields).toBe(0);
    await check('security', page);
    await page.close();
  });

  it('sign-in MFA step, through the whole decision tree', async () => {
    const page = await open(URLS.mfa, 'mfa-code');
    await clickPanelButton(page, en('panelCantEnter'));
    // Seed 000's answers (no other device, the root user, no Organization, the e-mail works, the
    // phone does not, nobody can update it): the documents path, the longest outcome. The first
    // option of a question is its primary button ("Yes", or "the root user").
    for (const choice of [1, 0, 1, 0, 1, 1]) {
      const before = await page.evaluate(() => document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelector('#mfl-q')?.textContent ?? '');
      await page.evaluate((i) => {
        const root = document.querySelector('mfa-lifeline-panel')!.shadowRoot!;
        root.querySelectorAll<HTMLElement>('.box[role="group"] .row button')[i]!.focus();
      }, choice);
      await page.press('Enter');
      await page.waitFor((q) => (document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelector('#mfl-q')?.textContent ?? '') !== q, before);
    }
    await page.waitFor(() => !!document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelector('.box[data-path="support-documents"]'));
    const { fields } = await usePanel(page);
    await sleep(300);
    expect(fields).toBe(0);
    await check('mfa', page);
    await page.close();
  });

  it("AWS's support form: no field of ours, and the number typed on the link page never reaches the form", async () => {
    const page = await open(URLS.support, 'support-form');
    const { fields } = await usePanel(page);
    expect(fields).toBe(0);
    // The phone helper opens in an extension tab; the user types and copies there.
    const tab = await env.b.nextTab(() => clickPanelButton(page, en('panelFormPhoneOpen')), env.b.extensionUrl('src/link/index.html'));
    await tab.waitFor(() => !!document.querySelector('#link-phone-input'), undefined, 10_000);
    // The saved numbers are listed there, in E.164: the extension's page may show them.
    expect(await tab.evaluate(() => Array.from(document.querySelectorAll('[data-e164]'), (e) => e.getAttribute('data-e164')).sort())).toEqual(['+14155550199', '+819077771234']);
    await tab.fill('#link-phone-input', '+81 90-7777-1234');
    await tab.waitFor(() => document.querySelector('[role=status] [data-e164]')?.getAttribute('data-e164') === '+819077771234');
    await tab.close();
    await sleep(300);
    await check('support', page);
    await page.close();
  });

  it('made no network request', () => {
    expect(env.b.refused).toEqual([]);
  });
});
