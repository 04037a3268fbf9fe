/**
 * Where the assistant does not appear: the classifier answers exactly null (the content script
 * compares with null) for addresses outside AWS, console routes it does not serve and text that
 * is no address; and the support form is recognized at its own address only. A console address
 * with trailing slashes still gets the assistant.
 */
import { describe, expect, it } from 'vitest';
import { classify, isSupportFormUrl, type PageView } from '../../src/site/classify.ts';

const view = (url: string): PageView => ({ url, visible: () => true, text: () => true });

describe('pages without the assistant', () => {
  it('are null, not just empty, outside AWS, on other console routes and for text that is no address', () => {
    expect(classify(view('https://example.com/billing/home#/account'))).toBeNull();
    expect(classify(view('https://console.aws.amazon.com/billing/home#/bills'))).toBeNull();
    expect(classify(view('not a url'))).toBeNull();
  });
});

describe('the MFA support form', () => {
  it('is recognized at its own addresses only, not at a path that merely ends like it or on another host', () => {
    expect(isSupportFormUrl(new URL('https://aws.amazon.com/forms/aws-mfa-support'))).toBe(true);
    expect(isSupportFormUrl(new URL('https://aws.amazon.com/de/forms/aws-mfa-support'))).toBe(false);
    expect(isSupportFormUrl(new URL('https://example.com/forms/aws-mfa-support'))).toBe(false);
    expect(isSupportFormUrl(new URL('https://example.com/#/contacts/aws-mfa-support'))).toBe(false);
  });
});

describe('a console address with trailing slashes', () => {
  it('still gets the assistant on the Billing Account page', () => {
    expect(classify(view('https://console.aws.amazon.com/billing/home//#/account'))).toEqual({ page: 'account-contact' });
  });
});
