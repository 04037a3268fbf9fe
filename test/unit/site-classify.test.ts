import { describe, expect, it } from 'vitest';
import { classify, hashRoute, isSupportFormUrl, type PageView } from '../../src/site/classify.ts';
import * as site from '../../src/site/aws-pages.ts';
import { norm, type Phrase } from '../../src/site/text.ts';

/** A page described by which site-data selectors and phrase lists are visible on it. */
function view(url: string, visible: string[] = [], texts: (readonly Phrase[])[] = []): PageView {
  return { url, visible: (s) => visible.includes(s), text: (l) => texts.includes(l) };
}
const SIGNIN = 'https://us-east-1.signin.aws.amazon.com/oauth?response_type=code';
const page = (v: PageView) => classify(v)?.page ?? null;

describe('classification by URL', () => {
  it('recognizes the support form at both addresses, the second by its hash route', () => {
    expect(page(view('https://aws.amazon.com/forms/aws-mfa-support'))).toBe('support-form');
    expect(page(view('https://aws.amazon.com/forms/aws-mfa-support/?lang=ja'))).toBe('support-form');
    expect(page(view('https://support.aws.amazon.com/#/contacts/aws-mfa-support'))).toBe('support-form');
    expect(page(view('https://support.aws.amazon.com/#!/contacts/aws-mfa-support?x=1'))).toBe('support-form');
    expect(page(view('https://support.aws.amazon.com/#/contacts/aws-mfa-supportx'))).toBe(null);
    expect(page(view('https://support.aws.amazon.com/#/case/create'))).toBe(null);
    expect(page(view('https://aws.amazon.com/forms/other'))).toBe(null);
  });
  it('recognizes the console Account page and Security credentials by path and hash', () => {
    expect(page(view('https://console.aws.amazon.com/billing/home#/account'))).toBe('account-contact');
    expect(page(view('https://us-east-1.console.aws.amazon.com/billing/home?#/account'))).toBe('account-contact');
    expect(page(view('https://console.aws.amazon.com/billing/home#/accounts'))).toBe(null);
    expect(page(view('https://console.aws.amazon.com/billing/home#/bills'))).toBe(null);
    expect(page(view('https://console.aws.amazon.com/iam/home#/security_credentials'))).toBe('security-credentials');
    expect(page(view('https://console.aws.amazon.com/iam/home?#security_credential'))).toBe('security-credentials');
    expect(page(view('https://eu-west-1.console.aws.amazon.com/iamv2/home?#/security_credentials/mfa'))).toBe('security-credentials');
    expect(page(view('https://console.aws.amazon.com/iam/home#/users/details/x?section=security_credentials'))).toBe(null);
    expect(page(view('https://console.aws.amazon.com/iam/home?region=us-east-1#/security_credentials$mfa'))).toBe('security-credentials');
    expect(page(view('https://console.aws.amazon.com/billing/home?region=us-east-1#/account-settings'))).toBe(null);
  });
  it('takes the newer account/home page only with its contact section visible', () => {
    expect(page(view('https://console.aws.amazon.com/account/home#/', [], [site.CONTACT_SECTION_TEXT]))).toBe('account-contact');
    expect(page(view('https://console.aws.amazon.com/account/home#/'))).toBe(null);
    expect(page(view('https://console.aws.amazon.com/account/home#/regions', [], [site.CONTACT_SECTION_TEXT]))).toBe(null);
  });
  it('recognizes nothing outside the AWS hosts, whatever the page shows', () => {
    for (const url of ['https://example.com/oauth', 'https://signin.aws.amazon.com.example.net/oauth', 'http://signin.aws.amazon.com/oauth', 'https://signin.aws.amazon.com:8443/oauth', 'not a url']) {
      expect(page(view(url, [site.MFA_INPUT, site.MFA_SUBMIT]))).toBe(null);
    }
  });
  it('reads hash routes with or without #! and slashes', () => {
    expect(hashRoute(new URL('https://x.test/#!/a/b'))).toBe('a/b');
    expect(hashRoute(new URL('https://x.test/#security_credential'))).toBe('security_credential');
    expect(isSupportFormUrl(new URL('https://support.aws.amazon.com/contacts/aws-mfa-support'))).toBe(true);
  });
});

describe('classification of sign-in steps by the signals in the site data', () => {
  it('finds the code step by its input, its submit control or a FIDO prompt', () => {
    expect(classify(view(SIGNIN, [site.MFA_INPUT]))).toEqual({ page: 'mfa-code', variant: 'v2' });
    expect(classify(view(SIGNIN, [site.MFA_INPUT, site.LEGACY_IDS]))).toEqual({ page: 'mfa-code', variant: 'legacy' });
    expect(page(view(SIGNIN, [site.MFA_SUBMIT]))).toBe('mfa-code');
  });
  it('finds the passkey / security-key step by the MFA type the page carries, or by key and MFA wording, never on the chooser or the password step', () => {
    expect(classify(view(SIGNIN, [site.MFA_KEY]))).toEqual({ page: 'mfa-key', variant: 'v2' });
    expect(page(view(SIGNIN, [site.MFA_FIDO, site.MFA_KEY]))).toBe('mfa-key');
    expect(page(view(SIGNIN, [], [site.KEY_PROMPT_TEXT, site.MFA_TEXT]))).toBe('mfa-key');
    expect(page(view(SIGNIN, [], [site.KEY_PROMPT_TEXT, site.TRY_ANOTHER_METHOD_TEXT]))).toBe('mfa-key');
    expect(page(view(SIGNIN, [], [site.KEY_PROMPT_TEXT]))).toBe(null);
    expect(page(view(SIGNIN, [site.RADIO], [site.KEY_PROMPT_TEXT, site.DEVICE_CHOICE_TEXT, site.MFA_TEXT]))).toBe('mfa-device-choice');
    expect(page(view(SIGNIN, [site.PASSWORD, site.MFA_KEY]))).toBe(null);
    // A code field wins: that is the code step.
    expect(page(view(SIGNIN, [site.MFA_INPUT, site.MFA_KEY]))).toBe('mfa-code');
    // The troubleshoot dialog over the key step is the troubleshoot page.
    expect(page(view(SIGNIN, [site.MFA_KEY], [site.ALT_CHOICE_TEXT, site.RESYNC_TEXT]))).toBe('troubleshoot');
    expect(page(view(SIGNIN, [site.MFA_KEY], [site.TROUBLESHOOT_HEAD_TEXT]))).toBe('mfa-key');
  });
  it('falls back to a code-like input with MFA wording, but not to either alone', () => {
    expect(page(view(SIGNIN, [site.CODE_INPUT], [site.MFA_TEXT]))).toBe('mfa-code');
    expect(page(view(SIGNIN, [site.CODE_INPUT]))).toBe(null);
    expect(page(view(SIGNIN, [], [site.MFA_TEXT]))).toBe(null);
  });
  it('shows nothing on the password and e-mail steps', () => {
    expect(page(view(SIGNIN, [site.PASSWORD]))).toBe(null);
    expect(page(view(SIGNIN, [site.PASSWORD, site.CODE_INPUT], [site.MFA_TEXT]))).toBe(null);
    expect(page(view(SIGNIN, [site.PASSWORD], [site.TROUBLESHOOT_HEAD_TEXT]))).toBe(null);
    expect(page(view(SIGNIN, [site.RADIO]))).toBe(null);
    expect(page(view('https://signin.aws.amazon.com/noMfa?action=x', [site.PASSWORD]))).toBe(null);
  });
  it('shows nothing once signed in', () => {
    expect(page(view(SIGNIN, [site.SIGNED_IN, site.MFA_INPUT]))).toBe(null);
  });
  it('tells the device choice by its controls, or by radios with device names', () => {
    expect(page(view(SIGNIN, [site.DEVICE_CHOICE]))).toBe('mfa-device-choice');
    expect(page(view(SIGNIN, [site.RADIO], [site.DEVICE_CHOICE_TEXT]))).toBe('mfa-device-choice');
    expect(page(view(SIGNIN, [site.DEVICE_CHOICE], [site.TROUBLESHOOT_HEAD_TEXT]))).toBe('mfa-device-choice');
  });
  it('takes the troubleshoot choice over the code step it covers, but not the code step\'s own link', () => {
    expect(page(view(SIGNIN, [site.MFA_INPUT], [site.ALT_CHOICE_TEXT, site.RESYNC_TEXT]))).toBe('troubleshoot');
    expect(page(view(SIGNIN, [site.MFA_INPUT], [site.TROUBLESHOOT_HEAD_TEXT]))).toBe('mfa-code');
    expect(page(view(SIGNIN, [site.MFA_INPUT], [site.ALT_CHOICE_TEXT]))).toBe('mfa-code');
    expect(page(view(SIGNIN, [], [site.TROUBLESHOOT_HEAD_TEXT]))).toBe('troubleshoot');
    expect(page(view(SIGNIN, [], [site.ALT_CHOICE_TEXT]))).toBe('troubleshoot');
  });
  it('recognizes the alternative-factors steps, the failure, and the /noMfa landing page', () => {
    expect(classify(view(SIGNIN, [], [site.ALT_STEP_TEXT, site.ALT_CHOICE_TEXT]))).toEqual({ page: 'alt-factors' });
    expect(classify(view(SIGNIN, [], [site.PHONE_FAILED_TEXT]))).toEqual({ page: 'alt-factors', variant: 'phone-failed' });
    expect(page(view('https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail'))).toBe('alt-factors');
    expect(page(view('https://signin.aws.amazon.com/nomfa'))).toBe('alt-factors');
    expect(page(view('https://signin.aws.amazon.com/noMfaX'))).toBe(null);
  });
});

describe('the phone-failure wording', () => {
  const failed = (s: string) => classify({ url: SIGNIN, visible: () => false, text: (l) => l === site.PHONE_FAILED_TEXT && site.PHONE_FAILED_TEXT.some((p) => (typeof p === 'string' ? norm(s).includes(p) : p.test(norm(s)))) });
  it.each(['電話の確認を完了できませんでした。', '電話の確認を完了 できませんでした', 'We could not complete the phone verification.', "We couldn't complete phone verification", 'Phone verification failed.', 'Phone number verification could not be completed', 'We were unable to verify your phone number.', 'The phone call failed.', '電話による確認が完了できませんでした'])('%s', (s) => {
    expect(failed(s)?.variant).toBe('phone-failed');
  });
});
