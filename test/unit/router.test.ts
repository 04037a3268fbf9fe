import { describe, expect, it } from 'vitest';
import { createRouter, senderAllowed } from '../../src/background/router.ts';
import type { Runtime } from '../../src/shared/browser.ts';

const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const tab = (url: string, frameId = 0): Runtime.MessageSender => ({ id: 'ext', url, frameId, tab: { url } as Runtime.MessageSender['tab'] });
const page = (path: string): Runtime.MessageSender => ({ id: 'ext', url: `chrome-extension://ext/${path}` });

describe('who may send what', () => {
  it('takes content-script messages only from top-level tabs on the AWS pages it serves', () => {
    expect(senderAllowed('cs→bg/progress:record', tab('https://signin.aws.amazon.com/oauth?x'), deps)).toBe(true);
    expect(senderAllowed('cs→bg/progress:record', tab('https://signin.aws.amazon.com/oauth?x', 3), deps)).toBe(false);
    expect(senderAllowed('cs→bg/progress:record', tab('https://signin.aws.amazon.com.evil.example/oauth'), deps)).toBe(false);
    expect(senderAllowed('cs→bg/progress:record', { ...tab('https://signin.aws.amazon.com/'), id: 'other' }, deps)).toBe(false);
  });

  it('answers console questions only on console pages', () => {
    const console = tab('https://us-east-1.console.aws.amazon.com/billing/home#/account');
    expect(senderAllowed('cs→bg/console:status', console, deps)).toBe(true);
    expect(senderAllowed('cs→bg/console:status', tab('https://signin.aws.amazon.com/oauth?x'), deps)).toBe(false);
    expect(senderAllowed('cs→bg/console:confirm-contact', tab('https://support.aws.amazon.com/#/contacts/aws-mfa-support'), deps)).toBe(false);
  });

  it('takes a pending recovery from the sign-in pages only, and opens the link page from any AWS page it serves', () => {
    expect(senderAllowed('cs→bg/recovery:pending', tab('https://signin.aws.amazon.com/oauth?x'), deps)).toBe(true);
    expect(senderAllowed('cs→bg/recovery:pending', tab('https://us-east-1.console.aws.amazon.com/billing/home#/account'), deps)).toBe(false);
    // The tree's steps, like its outcome, belong to the sign-in pages.
    expect(senderAllowed('cs→bg/recovery:step', tab('https://signin.aws.amazon.com/oauth?x'), deps)).toBe(true);
    expect(senderAllowed('cs→bg/recovery:step', tab('https://aws.amazon.com/forms/aws-mfa-support'), deps)).toBe(false);
    expect(senderAllowed('cs→bg/link:open', tab('https://us-east-1.console.aws.amazon.com/iam/home#/security_credentials'), deps)).toBe(true);
    expect(senderAllowed('cs→bg/link:open', tab('https://evil.example/'), deps)).toBe(false);
    expect(senderAllowed('cs→bg/link:open', page('src/link/index.html'), deps)).toBe(false);
    expect(senderAllowed('ui→bg/link:ticket', page('src/link/index.html'), deps)).toBe(true);
    expect(senderAllowed('ui→bg/link:ticket', tab('https://signin.aws.amazon.com/oauth?x'), deps)).toBe(false);
  });

  it('takes extension-page messages only from the extension origin, never from a content script', () => {
    expect(senderAllowed('ui→bg/state:changed', page('src/popup/index.html'), deps)).toBe(true);
    expect(senderAllowed('ui→bg/state:changed', tab('https://signin.aws.amazon.com/'), deps)).toBe(false);
    expect(senderAllowed('cs→bg/panel:hello', page('src/popup/index.html'), deps)).toBe(false);
  });

  it('leaves messages it does not own, and refused senders, for others (undefined)', async () => {
    const route = createRouter({ ...deps, ready: () => Promise.resolve(), handlers: { 'ui→bg/state:changed': async () => ({ ok: true }) } });
    expect(route({ type: 'something/else', payload: {} }, page('x'))).toBeUndefined();
    expect(route({ type: 'ui→bg/state:changed', payload: {} }, tab('https://signin.aws.amazon.com/'))).toBeUndefined();
    await expect(route({ type: 'ui→bg/state:changed', payload: {} }, page('src/popup/index.html'))).resolves.toEqual({ ok: true });
  });
});
