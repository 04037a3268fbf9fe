import { describe, expect, it } from 'vitest';
import { awsSurface } from '../../src/site/aws-hosts.ts';
import { ACCOUNT_PAGE_URL, CONSOLE_SIGNIN_URL, DOCS, SECURITY_CREDENTIALS_URL, SUPPORT_FORM_URL } from '../../src/site/aws-urls.ts';
import { anyOf, hasPhrase, isPhrase, norm, phrases } from '../../src/site/text.ts';

describe('which AWS pages the assistant serves', () => {
  it.each([
    ['https://signin.aws.amazon.com/signin?x=1', 'signin'],
    ['https://us-east-1.signin.aws.amazon.com/oauth', 'signin'],
    ['https://aws.amazon.com/forms/aws-mfa-support', 'support-form'],
    ['https://aws.amazon.com/forms/aws-mfa-support?lang=ja', 'support-form'],
    ['https://support.aws.amazon.com/#/contacts/aws-mfa-support', 'support-form'],
    ['https://console.aws.amazon.com/billing/home#/account', 'console'],
    ['https://us-east-1.console.aws.amazon.com/iam/home', 'console'],
    ['https://console.aws.amazon.com/iamv2/home', 'console'],
    ['https://console.aws.amazon.com/account', 'console'],
    ['https://console.aws.amazon.com/billing', 'console'],
  ])('%s is %s', (url, surface) => {
    expect(awsSurface(url)).toBe(surface);
  });

  it.each([
    ['no address', undefined],
    ['an empty one', ''],
    ['not an address', 'signin.aws.amazon.com'],
    ['plain http', 'http://signin.aws.amazon.com/'],
    ['another port', 'https://signin.aws.amazon.com:8443/'],
    ['a look-alike host', 'https://evilsignin.aws.amazon.com/'],
    ['a host that only starts like AWS', 'https://signin.aws.amazon.com.example.com/'],
    ['another form on aws.amazon.com', 'https://aws.amazon.com/forms/other'],
    ['the form path on another host', 'https://example.com/forms/aws-mfa-support'],
    ['another console service', 'https://console.aws.amazon.com/ec2/home'],
    ['a console path that only starts with a served one', 'https://console.aws.amazon.com/billingx/home'],
    ['a served path deeper down', 'https://console.aws.amazon.com/x/iam/home'],
    ['a look-alike console host', 'https://evilconsole.aws.amazon.com/iam/home'],
  ])('%s is not served', (_, url) => {
    expect(awsSurface(url)).toBeNull();
  });
});

describe('the AWS addresses the kit, panel, popup and reminders link to', () => {
  it('are the documented ones, over https', () => {
    expect([SUPPORT_FORM_URL, ACCOUNT_PAGE_URL, SECURITY_CREDENTIALS_URL, CONSOLE_SIGNIN_URL]).toEqual([
      'https://aws.amazon.com/forms/aws-mfa-support',
      'https://console.aws.amazon.com/billing/home#/account',
      'https://console.aws.amazon.com/iam/home#/security_credentials',
      'https://console.aws.amazon.com/',
    ]);
    expect(DOCS).toEqual({
      lostMfa: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_lost-or-broken.html',
      updatePhone: 'https://repost.aws/knowledge-center/reset-mfa-device',
      resetRootMfa: 'https://repost.aws/knowledge-center/reset-root-user-mfa-device',
      rootMfaFailures: 'https://repost.aws/knowledge-center/troubleshoot-mfa-root-user-failures',
      centralRoot: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
      privilegedTask: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
      primaryContact: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html',
      alternateContacts: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
      identityCenterMfa: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/how-to-manage-device.html',
      passkeys: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_fido_supported_configurations.html',
    });
  });

  it('the form and the Account page are pages the assistant serves', () => {
    expect(awsSurface(SUPPORT_FORM_URL)).toBe('support-form');
    expect(awsSurface(ACCOUNT_PAGE_URL)).toBe('console');
    expect(awsSurface(SECURITY_CREDENTIALS_URL)).toBe('console');
  });
});

describe('page text as the classifier compares it', () => {
  it('drops every kind of space, hyphen, quote and punctuation AWS\'s texts vary in', () => {
    const noise = ' \t\u00ad\u200b\u200c\u200d\u2060\ufeff-\u2010\u2011\u2012\u2013\u2014\u2015\'"\u2018\u2019\u201c\u201d.,:;!?\u3001\u3002\u30fb()\u300c\u300d[]';
    for (const c of noise) expect(norm(`a${c}b`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('ab');
  });

  it('keeps letters, digits and the marks that carry meaning', () => {
    expect(norm('A_b/c#1+2=3ー〜')).toBe('a_b/c#1+2=3ー〜');
    expect(norm('ＭＦＡ')).toBe('mfa');
  });

  it('matches phrases as written in the site data against page text as normalized', () => {
    const list = phrases('Trouble signing in?', /x/);
    expect(hasPhrase(norm('TROUBLE  signing-in, again'), list)).toBe(true);
    expect(isPhrase(norm('Trouble signing in'), list)).toBe(true);
    expect(isPhrase(norm('Trouble signing in again'), list)).toBe(false);
    expect(hasPhrase(norm('Trouble signing'), list)).toBe(false);
    expect(hasPhrase('', [])).toBe(false);
  });

  it('takes regex characters in a phrase literally in the one-pattern form', () => {
    // The characters norm() keeps (., ?, brackets and parentheses are dropped from both sides).
    const re = anyOf(['c*', 'f|g', 'i+', '^j', 'k$', 'l{2}', 'm\\n', 'a.b']);
    for (const s of ['c*', 'f|g', 'i+', '^j', 'k$', 'l{2}', 'm\\n', 'a.b']) expect(re.test(norm(`x${s}x`)), s).toBe(true);
    for (const s of ['c', 'f', 'g', 'i', 'j', 'k', 'll', 'mn', 'axb']) expect(re.test(norm(s)), s).toBe(false);
  });
});
