import { describe, expect, it } from 'vitest';
import { urlCanMatch } from '../../src/site/classify.ts';
import { PAGES } from '../fixtures/pages.ts';

describe('urlCanMatch: the URL gate the detector uses to ignore routes it does not serve', () => {
  it('lets through the URL of every fixture page that is recognized', () => {
    for (const p of PAGES.filter((f) => f.expectedPage)) expect(urlCanMatch(p.url), p.url).toBe(true);
  });

  it.each([
    'https://us-east-1.console.aws.amazon.com/billing/home?region=us-east-1#/bills',
    'https://console.aws.amazon.com/account/home#/regions',
    'https://us-east-1.console.aws.amazon.com/iam/home#/users/details/someone?section=security_credentials',
    'https://support.aws.amazon.com/#/case/create',
    'https://aws.amazon.com/forms/other-form',
    'https://example.com/oauth',
    'not a url',
  ])('rules out %s', (url) => {
    expect(urlCanMatch(url)).toBe(false);
  });

  it('lets through every sign-in URL: there the page, not the URL, decides', () => {
    expect(urlCanMatch('https://signin.aws.amazon.com/')).toBe(true);
    expect(urlCanMatch('https://ap-northeast-1.signin.aws.amazon.com/anything?x=1')).toBe(true);
  });
});
