/**
 * Issue #9 item 2: no attribute or event of the page can stop or steer the assistant. On the
 * console Account page and the sign-in MFA step the page's own script fires every event name the
 * content script listens for (and the old takeover event), rewrites and removes attributes on
 * <html> and on the panel's host, and dispatches untrusted clicks, changes and inputs on every
 * control in the panel. The panel is still there and shown, and nothing was stored or opened.
 *
 * Browser-neutral: runs in Chromium and Firefox (vitest.config.ts FIREFOX_E2E).
 */
import { describe, expect, it } from 'vitest';
import { BROWSER, useE2E, type E2EPage } from './harness/index.ts';
import { sleep } from './harness/common.ts';
import { msg } from './popup-helpers.ts';
import { LONG_AGO, URLS, clickPanelButton, openPanelIn, panelShows, serveAllIn } from './trust-helpers.ts';
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

/** What the page shows of the host: how many, its attributes, and whether the panel is on screen. */
function hostState(kind: string) {
  const hosts = document.querySelectorAll('mfa-lifeline-panel');
  const host = document.querySelector(`mfa-lifeline-panel[data-page="${kind}"]`) as HTMLElement | null;
  const section = host?.shadowRoot?.querySelector('section.panel') as HTMLElement | null;
  const r = section?.getBoundingClientRect();
  return {
    count: hosts.length,
    attributes: host ? Array.from(host.attributes, (a) => a.name).sort() : null,
    display: host ? getComputedStyle(host).display : null,
    shown: !!section && !!r && r.width > 0 && r.height > 0 && getComputedStyle(section).visibility !== 'hidden',
  };
}

async function stillThere(page: E2EPage, kind: string): Promise<void> {
  // The attributes come back at once; the panel stays shown for the next passes.
  await sleep(1200);
  expect(await page.evaluate(hostState, kind)).toEqual({ count: 1, attributes: ['data-page', 'style'], display: 'block', shown: true });
}

/** Whether the panel shows a button with exactly this text. */
const hasButton = (page: E2EPage, text: string) =>
  page.evaluate((s) => Array.from(document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelectorAll('section.panel button'), (b) => b.textContent).includes(s), text);

describe(`the page cannot stop or steer the assistant (${BROWSER})`, () => {
  const env = useE2E();

  it('console Account page: still there, nothing marked verified, no link page opened', async () => {
    serveAllIn(env.b);
    await env.b.store.put([{ store: 'accounts', value: ACCOUNT }]);
    const page = await env.b.newPage();
    await openPanelIn(page, URLS.account, 'account-contact');
    await panelShows(page, en('panelStatusInList'));
    const tabs = await env.b.tabCount();
    await page.evaluate(attack);
    await stillThere(page, 'account-contact');
    expect(await env.b.store.get('accounts', 'k-target')).toEqual(ACCOUNT);
    expect(await env.b.tabCount()).toBe(tabs);
    // And the user's own click still works afterwards.
    await clickPanelButton(page, en('panelContactConfirm'));
    await panelShows(page, en('panelContactDone'));
    await page.close();
  });

  it('sign-in MFA step: still there after every attack, through the tree; nothing recorded but the visit', async () => {
    serveAllIn(env.b);
    // The worker records a step once per five minutes: a retry must not find the first try's.
    await env.b.store.clear(['progress', 'cases']);
    const page = await env.b.newPage();
    await openPanelIn(page, URLS.mfa, 'mfa-code');
    const before = new Set((await env.b.store.getAll<ProgressEvent>('progress')).map((e) => e.id));
    await page.evaluate(attack);
    await stillThere(page, 'mfa-code');
    // The untrusted clicks opened nothing: the tree is still closed.
    expect(await hasButton(page, en('panelCantEnter'))).toBe(true);
    expect(await hasButton(page, en('commonYes'))).toBe(false);
    // Open the tree for real, answer to an outcome, then attack the outcome's controls too.
    await clickPanelButton(page, en('panelCantEnter'));
    await page.waitFor((s) => Array.from(document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelectorAll('button'), (b) => b.textContent).includes(s), en('commonYes'));
    await clickPanelButton(page, en('commonYes'));
    await panelShows(page, en('panelLinkRecovery'));
    const tabs = await env.b.tabCount();
    await page.evaluate(attack);
    await stillThere(page, 'mfa-code');
    expect(await env.b.tabCount()).toBe(tabs);
    const events = await env.b.store.getAll<ProgressEvent>('progress');
    // The visit, and the real answers only: the first question and its outcome (with its answer).
    const added = events.filter((e) => !before.has(e.id) && e.step !== 'reached-mfa-code');
    expect(added.map((e) => e.step).sort()).toEqual(['tree-other-device', 'tree-q-other-device']);
    expect(events.find((e) => e.step === 'tree-other-device')!.answers).toEqual({ otherDevice: true });
    await page.close();
    expect(env.b.refused).toEqual([]);
  });
});
