/**
 * Which console pages get the assistant: the Billing "Account" page, the newer Account page when
 * its contact section shows, and IAM's Security credentials. Any other console page whose route
 * happens to be called "account" or "security_credentials" gets nothing.
 */
import { describe, expect, it } from 'vitest';
import { classify, hashRoute, urlCanMatch, type PageView } from '../../src/site/classify.ts';
import { CONTACT_SECTION_TEXT } from '../../src/site/aws-pages.ts';

const page = (url: string, contactShown = false) => {
  const view: PageView = { url, visible: () => false, text: (l) => contactShown && l === CONTACT_SECTION_TEXT };
  return classify(view)?.page ?? null;
};

describe('the assistant on console pages', () => {
  it('appears on the Billing Account page only, not on other pages with an #/account route', () => {
    expect(page('https://console.aws.amazon.com/billing/home#/account')).toBe('account-contact');
    expect(page('https://console.aws.amazon.com/billing/home/#/account')).toBe('account-contact');
    expect(page('https://console.aws.amazon.com/iam/home#/account')).toBe(null);
    expect(page('https://console.aws.amazon.com/billing/other#/account')).toBe(null);
    expect(urlCanMatch('https://console.aws.amazon.com/iam/home#/account')).toBe(false);
  });

  it('waits for the contact section on the newer Account page, whatever its route says', () => {
    expect(page('https://console.aws.amazon.com/account/home#/account')).toBe(null);
    expect(page('https://console.aws.amazon.com/account/home#/account', true)).toBe('account-contact');
    expect(page('https://console.aws.amazon.com/account/home', true)).toBe('account-contact');
    expect(page('https://console.aws.amazon.com/account/home#/contact-information', true)).toBe('account-contact');
    expect(page('https://console.aws.amazon.com/account/other#/account', true)).toBe(null);
  });

  it('appears on Security credentials in IAM and the newer IAM only', () => {
    expect(page('https://console.aws.amazon.com/iamv2/home#/security_credentials')).toBe('security-credentials');
    expect(page('https://console.aws.amazon.com/iam/home#security_credential')).toBe('security-credentials');
    expect(page('https://console.aws.amazon.com/billing/home#/security_credentials')).toBe(null);
    expect(page('https://console.aws.amazon.com/account/home#/security_credentials', true)).toBe(null);
    expect(page('https://console.aws.amazon.com/iam/other#/security_credentials')).toBe(null);
    expect(urlCanMatch('https://console.aws.amazon.com/account/home#/security_credentials')).toBe(false);
  });

  it('lets the detector through on the console routes it serves', () => {
    expect(urlCanMatch('https://console.aws.amazon.com/billing/home#/account')).toBe(true);
    expect(urlCanMatch('https://console.aws.amazon.com/account/home')).toBe(true);
    expect(urlCanMatch('https://console.aws.amazon.com/iam/home#/security_credentials')).toBe(true);
    expect(urlCanMatch('https://aws.amazon.com/forms/aws-mfa-support')).toBe(true);
  });
});

describe('reading the route of a console address', () => {
  it('drops the #, a hashbang and any leading slashes, and nothing else', () => {
    const route = (url: string) => hashRoute(new URL(url));
    expect(route('https://x.test/#/account')).toBe('account');
    expect(route('https://x.test/#!//account/y')).toBe('account/y');
    expect(route('https://x.test/#account#/x')).toBe('account#/x');
    expect(route('https://x.test/')).toBe('');
  });
});
