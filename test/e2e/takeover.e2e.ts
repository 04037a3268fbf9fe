/**
 * Issue #9 item 2: no attribute or event of the page can stop or steer the assistant. On the
 * console Account page and the sign-in MFA step the page's own script fires every event name the
 * content script listens for (and the old takeover event), rewrites and removes attributes on
 * <html> and on the panel's host, and dispatches untrusted clicks, changes and inputs on every
 * control in the panel. The panel is still there and shown, and nothing was stored or opened.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './use-browser.ts';
import { msg } from './popup-helpers.ts';
import { LONG_AGO, URLS, accountsByKey, panelOn, readAll, seed, serveAll, worker } from './trust-helpers.ts';
import type { Account, ProgressEvent } from '../../src/shared/model.ts';

const en = (key: string) => msg('en', key);
const ACCOUNT: Account = {
  key: 'k-target',
  label: 'Household',
  accountId: '111122223333',
  phoneE164: '+12065550100',
  phoneCountry: 'US',
  mfaDevices: [],
  createdAt: LONG_AGO,
  updatedAt: LONG_AGO,
  phoneVerifiedAt: LONG_AGO,
};

/** Everything a hostile page does at once, from the main world. */
function attack(): void {
  const host = document.querySelector('mfa-lifeline-panel') as HTMLElement;
  const root = host.shadowRoot!;
  const html = document.documentElement;
  // The old stop signal, and every event the content script listens for, everywhere it listens.
  const names = [
    'mfa-lifeline:takeover', 'popstate', 'hashchange', 'resize', 'visibilitychange', 'currententrychange', 'scroll', 'pointerenter',
    'focusin', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut', 'toggle', 'click', 'change', 'submit', 'pagehide', 'unload', 'blur',
  ];
  html.setAttribute('data-mfa-lifeline', 'newer-copy');
  for (const name of names) {
    for (const target of [window, document, html, host, ...Array.from(root.querySelectorAll('*'))] as EventTarget[]) {
      target.dispatchEvent(new Event(name, { bubbles: true, composed: true }));
    }
  }
  (window as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
  // Attributes on <html> and on the host.
  html.removeAttribute('data-mfa-lifeline');
  html.setAttribute('data-mfa-lifeline', 'x');
  html.setAttribute('lang', 'xx');
  host.removeAttribute('style');
  host.setAttribute('data-page', 'nothing');
  host.setAttribute('hidden', '');
  host.setAttribute('inert', '');
  host.setAttribute('popover', 'manual');
  host.setAttribute('style', 'display:none !important; visibility:hidden');
  // Untrusted user actions on every control of the panel.
  for (const el of Array.from(root.querySelectorAll('button, a, summary, select, input, details'))) {
    (el as HTMLElement).click();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement) {
      el.value = el instanceof HTMLSelectElement ? (el.options[el.options.length - 1]?.value ?? '') : '+1 900 555 0199';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

async function stillThere(page: Page, kind: string): Promise<void> {
  // The attributes come back at once; the panel stays shown for the next passes.
  await page.waitForTimeout(1200);
  const host = page.locator(`mfa-lifeline-panel[data-page="${kind}"]`);
  expect(await page.locator('mfa-lifeline-panel').count()).toBe(1);
  expect(await host.evaluate((el) => Array.from(el.attributes).map((a) => a.name).sort())).toEqual(['data-page', 'style']);
  expect(await host.locator('section.panel').isVisible()).toBe(true);
  expect(await host.evaluate((el) => getComputedStyle(el).display)).toBe('block');
}

describe('the page cannot stop or steer the assistant', () => {
  const env = useBrowser();

  it('console Account page: still there, nothing marked verified, no link page opened', async () => {
    serveAll(env.offline);
    await seed(worker(env.b), { accounts: [ACCOUNT] });
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.account, 'account-contact');
    await panel.getByText(en('panelStatusInList')).waitFor();
    const tabs = env.b.context.pages().length;
    await page.evaluate(attack);
    await stillThere(page, 'account-contact');
    expect((await accountsByKey(worker(env.b)))['k-target']).toEqual(ACCOUNT);
    expect(env.b.context.pages().length).toBe(tabs);
    // And the user's own click still works afterwards.
    await panel.getByRole('button', { name: en('panelContactConfirm') }).click();
    await panel.getByText(en('panelContactDone')).waitFor();
    await page.close();
  });

  it('sign-in MFA step: still there after every attack, through the tree; nothing recorded but the visit', async () => {
    serveAll(env.offline);
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.mfa, 'mfa-code');
    const before = new Set((await readAll<ProgressEvent>(worker(env.b), 'progress')).map((e) => e.id));
    await page.evaluate(attack);
    await stillThere(page, 'mfa-code');
    // The untrusted clicks opened nothing: the tree is still closed.
    expect(await panel.getByRole('button', { name: en('panelCantEnter') }).isVisible()).toBe(true);
    // Open the tree for real, answer to an outcome, then attack the outcome's controls too.
    await panel.getByRole('button', { name: en('panelCantEnter') }).click();
    await panel.getByRole('button', { name: en('commonYes') }).click();
    await panel.getByRole('button', { name: en('panelLinkRecovery') }).waitFor();
    const tabs = env.b.context.pages().length;
    await page.evaluate(attack);
    await stillThere(page, 'mfa-code');
    expect(env.b.context.pages().length).toBe(tabs);
    const events = await readAll<ProgressEvent>(worker(env.b), 'progress');
    // The visit, and the real answers only: the first question and its outcome (with its answer).
    const added = events.filter((e) => !before.has(e.id) && e.step !== 'reached-mfa-code');
    expect(added.map((e) => e.step).sort()).toEqual(['tree-other-device', 'tree-q-other-device']);
    expect(events.find((e) => e.step === 'tree-other-device')!.answers).toEqual({ otherDevice: true });
    await page.close();
    expect(env.offline.refused).toEqual([]);
  });
});
