// @vitest-environment happy-dom
/**
 * Wordings and labels the site data lists (src/site/aws-pages.ts) that no fixture page shows:
 * each is stated here on a small page, as the user would meet it, so dropping one from the data
 * fails a test (mutation testing, issue #15, found them unpinned).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/site/classify.ts';
import { createDomView } from '../../src/content/dom-view.ts';
import { findTarget, shownText } from '../../src/content/targets.ts';

const SIGNIN = 'https://us-east-1.signin.aws.amazon.com/oauth?response_type=code&client_id=wording-test';
const ACCOUNT = 'https://us-east-1.console.aws.amazon.com/billing/home#/account';

function show(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const pageAt = (url: string, html: string) => classify(createDomView(show(html), url));
const target = (html: string, t: 'contactPhoneShown' | 'accountIdShown') => {
  const el = findTarget(show(html), 'account-contact', t);
  return el ? shownText(el) : null;
};

describe('the Account page: values found by the labels AWS has used', () => {
  it.each([
    ['Phone', '+81-90-0000-0100'],
    ['Primary phone', '+1 206-555-0100'],
    ['電話', '090-0000-0100'],
  ])('the phone shown next to "%s" is the one the panel compares', (label, phone) => {
    expect(target(`<main><div><span>${label}</span><span>${phone}</span></div></main>`, 'contactPhoneShown')).toBe(phone);
  });
  it.each([
    ['Account number', '111122223333'],
    ['アカウント番号', '1111-2222-3333'],
  ])('the account id shown next to "%s" is the one the panel compares', (label, id) => {
    expect(target(`<main><div><span>${label}</span><span>${id}</span></div></main>`, 'accountIdShown')).toBe(id);
  });
  it('a date next to the phone label (when it was last changed) is not taken for the phone', () => {
    expect(target('<main><div><span>Phone</span><span>Last changed 2024-06-01</span></div></main>', 'contactPhoneShown')).toBe(null);
    expect(target('<main><div><span>Phone</span><span>2024-06-01 by root</span></div></main>', 'contactPhoneShown')).toBe(null);
  });
  it('a longer number or a reference ending in twelve digits next to the account label is not taken for the account id', () => {
    expect(target('<main><div><span>Account number</span><span>1111222233334444</span></div></main>', 'accountIdShown')).toBe(null);
    expect(target('<main><div><span>Account number</span><span>INV-111122223333</span></div></main>', 'accountIdShown')).toBe(null);
  });
  it('the page at the billing Account address is recognized from its URL alone', () => {
    expect(pageAt(ACCOUNT, '<main><h1>Account</h1></main>')?.page).toBe('account-contact');
  });
  it('the newer Account console\'s home without a contact section (another section shown, or still loading) gets no panel', () => {
    expect(pageAt('https://console.aws.amazon.com/account/home#/', '<main><h1>Account</h1><h2>Account settings</h2><p>Account name: Example</p></main>')).toBe(null);
    expect(pageAt('https://console.aws.amazon.com/account/home#/', '<main><p>Loading…</p></main>')).toBe(null);
  });
  it('the newer Account console showing only a "Primary contact" section is the contact page', () => {
    expect(pageAt('https://console.aws.amazon.com/account/home#/', '<main><h2>Primary contact</h2><p>Jane Doe</p></main>')?.page).toBe('account-contact');
  });
});

describe('the 2026 recovery landing page', () => {
  it('is /noMfa at the root of the sign-in host, not a deeper path that ends in it', () => {
    expect(pageAt('https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail', '<main><h1>Sign in</h1></main>')?.page).toBe('alt-factors');
    expect(pageAt('https://signin.aws.amazon.com/oauth/noMfa', '<main><h1>Sign in</h1></main>')).toBe(null);
  });
});

describe('sign-in pages known only by wording', () => {
  it('an e-mail one-time-PIN challenge (a code field, no MFA wording) gets no MFA panel', () => {
    const html =
      '<main><h1>Additional verification required</h1><p>Enter the one-time PIN we sent to your email.</p>' +
      '<label for="otp">One-time PIN</label><input id="otp" autocomplete="one-time-code"><button>Submit</button></main>';
    expect(pageAt(SIGNIN, html)).toBe(null);
  });
  it('the same page asking for the code from the MFA device is the code step', () => {
    const html =
      '<main><h1>Additional verification required</h1><p>Enter the code from your MFA device.</p>' +
      '<label for="otp">MFA code</label><input id="otp" autocomplete="one-time-code"><button>Submit</button></main>';
    expect(pageAt(SIGNIN, html)?.page).toBe('mfa-code');
  });
  it('the troubleshoot form offering only alternative factors, with MFA wording, is the troubleshoot page, not the key prompt', () => {
    const html =
      '<main><h1>Trouble signing in?</h1><p>If you can no longer use your MFA device, you can sign in another way.</p>' +
      '<button>Sign in using alternative factors</button></main>';
    expect(pageAt(SIGNIN, html)?.page).toBe('troubleshoot');
  });
  it('a passkey prompt known only by the browser\'s wording and "Try another MFA method" is the key step', () => {
    const html = '<main><h1>Additional verification required</h1><p>Verify your identity with amazon.com</p><a href="#">Try another MFA method</a></main>';
    expect(pageAt(SIGNIN, html)?.page).toBe('mfa-key');
  });
  it.each(['Try another method', '別の方法を試す'])('the shorter link "%s" on the key step is the one the panel points at', (link) => {
    const doc = show(`<main><h1>Additional verification required</h1><a href="#">Trouble signing in?</a><p>Use your passkey.</p><a href="#">${link}</a></main>`);
    const el = findTarget(doc, 'mfa-key', 'tryAnotherMethod');
    expect(el ? shownText(el) : null).toBe(link);
  });
});
