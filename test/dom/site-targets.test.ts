// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTarget, shownText } from '../../src/content/targets.ts';
import { loadFixture } from './load-fixture.ts';

const text = (el: Element | null) => (el ? shownText(el) : null);

describe('page elements the panel may point at', () => {
  it.each([
    ['signin/mfa-code-legacy-en.html', 'Troubleshoot MFA'],
    ['signin/mfa-code-legacy-ja.html', 'MFA の トラブルシューティング'],
    ['signin/mfa-code-2024-iam-en.html', 'Trouble signing in?'],
    ['signin/mfa-code-2017-root-en.html', 'Click here'],
  ])('the troubleshoot link on %s', (file, expected) => {
    const el = findTarget(loadFixture(file), 'mfa-code', 'troubleshootLink');
    expect(el?.localName).toBe('a');
    expect(text(el)).toBe(expected);
  });
  it('"Try another MFA method" on the passkey step, in English and Japanese, and the troubleshoot link there too', () => {
    const en = loadFixture('signin/mfa-key-2024-en.html');
    expect(text(findTarget(en, 'mfa-key', 'tryAnotherMethod'))).toBe('Try another MFA method');
    expect(text(findTarget(en, 'mfa-key', 'troubleshootLink'))).toBe('Trouble signing in?');
    expect(text(findTarget(loadFixture('signin/mfa-key-2024-ja.html'), 'mfa-key', 'tryAnotherMethod'))).toBe('別の MFA 方法を試す');
    // Not on a page that does not show it, and not on pages it does not belong to.
    expect(findTarget(loadFixture('signin/mfa-code-2024-iam-en.html'), 'mfa-code', 'tryAnotherMethod')).toBe(null);
    expect(findTarget(en, 'troubleshoot', 'tryAnotherMethod')).toBe(null);
  });
  it('the alternative-factors choice on the troubleshoot pages', () => {
    expect(text(findTarget(loadFixture('signin/troubleshoot-legacy-en.html'), 'troubleshoot', 'altFactorsChoice'))).toBe('Sign in using alternative factors');
    expect(text(findTarget(loadFixture('signin/troubleshoot-legacy-ja.html'), 'troubleshoot', 'altFactorsChoice'))).toBe('別の要素を使用したサインイン');
    expect(text(findTarget(loadFixture('signin/troubleshoot-2026-dialog-en.html'), 'troubleshoot', 'altFactorsChoice'))).toBe('Sign in using alternative factors');
  });
  it('the phone number and account id shown on the Account page, as text', () => {
    const en = loadFixture('console/billing-account-en.html');
    expect(text(findTarget(en, 'account-contact', 'contactPhoneShown'))).toBe('+81-90-0000-0100');
    expect(text(findTarget(en, 'account-contact', 'accountIdShown'))).toBe('111122223333');
    const ja = loadFixture('console/billing-account-ja.html');
    expect(text(findTarget(ja, 'account-contact', 'contactPhoneShown'))).toBe('090-0000-0100');
    expect(text(findTarget(ja, 'account-contact', 'accountIdShown'))).toBe('1111-2222-3333');
    expect(text(findTarget(loadFixture('console/account-home-en.html'), 'account-contact', 'contactPhoneShown'))).toBe('+1 206-555-0100');
    expect(text(findTarget(loadFixture('console/security-credentials-en.html'), 'security-credentials', 'accountIdShown'))).toBe('111122223333');
  });
  it('nothing on pages a target does not belong to, and never an input', () => {
    const doc = loadFixture('signin/mfa-code-2024-iam-en.html');
    expect(findTarget(doc, 'account-contact', 'troubleshootLink')).toBe(null);
    expect(findTarget(doc, 'mfa-code', 'contactPhoneShown')).toBe(null);
    expect(findTarget(doc, 'mfa-code', 'altFactorsChoice')).toBe(null);
    doc.body.innerHTML = '<div><label>Phone number</label><input value="+81-90-0000-0100"></div>';
    expect(findTarget(doc, 'account-contact', 'contactPhoneShown')).toBe(null);
  });
});
