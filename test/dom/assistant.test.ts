// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://us-east-1.signin.aws.amazon.com/oauth?x=1" }
/**
 * The machinery on happy-dom with a fake extension API and a stand-in panel: mounting, the
 * language hand-shake, progress messages, leaving, dismissal, and stopping when the extension
 * goes away or a newer copy takes over.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from './load-fixture.ts';

const fake = vi.hoisted(() => ({
  runtime: { id: 'ext' as string | undefined, sendMessage: vi.fn() },
  i18n: { getUILanguage: () => 'en-US', getMessage: (k: string) => `browser:${k}` },
}));
// The content script uses the browser's own namespace (src/shared/ext.ts), not the polyfill.
vi.stubGlobal('chrome', fake);
vi.mock('../../src/content/panel/Panel.tsx', async () => {
  const { h } = await import('preact');
  const { t } = await import('../../src/shared/i18n.ts');
  return {
    Panel: ({ ctx, onClose }: { ctx: { page: string }; onClose: () => void }) =>
      h('section', null, h('h2', null, t('panelTitle')), h('p', null, ctx.page), h('button', { onClick: onClose }, 'close')),
  };
});

const { attachPanel } = await import('../../src/content/assistant.ts');
const { startLookout } = await import('../../src/content/lookout.ts');

/** The detector with the panel attached as soon as it asks (the extension has the worker inject it). */
const startAssistant = (doc: Document) =>
  startLookout(doc, {
    requestPanel: () => {
      attachPanel(doc);
      return Promise.resolve();
    },
  });

const host = () => document.querySelector('mfa-lifeline-panel');
const until = (cond: () => unknown, ms = 2000) => vi.waitFor(() => expect(cond()).toBeTruthy(), { timeout: ms, interval: 10 });
const sent = (type: string) => fake.runtime.sendMessage.mock.calls.filter(([m]) => m.type === type).map(([m]) => m.payload);

let stop: () => void = () => undefined;
function start(file: string) {
  loadFixture(file);
  stop = startAssistant(document);
}

beforeEach(() => {
  fake.runtime.id = 'ext';
  fake.runtime.sendMessage.mockReset();
  fake.runtime.sendMessage.mockImplementation(async (m: { type: string }) =>
    m.type === 'cs→bg/panel:hello' ? { lang: 'ja', messages: { panelTitle: { message: 'MFA ライフライン' } } } : { recorded: true },
  );
});
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

describe('the detector asking for the panel', () => {
  it('asks once, when a page needs the panel, and hands over the latest pass when the panel arrives', async () => {
    loadFixture('negative/password-step-2024-en.html');
    let arrive: () => void = () => undefined;
    const requestPanel = vi.fn(() => new Promise<void>((r) => (arrive = () => (attachPanel(document), r()))));
    stop = startLookout(document, { requestPanel });
    expect(requestPanel).not.toHaveBeenCalled();
    document.body.innerHTML = '<main><form><label for="mfaCode">MFA code</label><input id="mfaCode"></form></main>';
    await until(() => requestPanel.mock.calls.length === 1);
    // Recorded before any panel exists: the timeline does not depend on the injection.
    await until(() => sent('cs→bg/progress:record').length === 1);
    expect(host()).toBe(null);
    document.querySelector('main')!.innerHTML = '<h1>Trouble signing in?</h1><label><input type="radio"> Re-sync with AWS Servers</label><label><input type="radio"> Sign in using alternative factors</label>';
    await new Promise((r) => setTimeout(r, 600));
    expect(requestPanel).toHaveBeenCalledTimes(1);
    arrive();
    expect(host()?.getAttribute('data-page')).toBe('troubleshoot');
    await until(() => host()?.shadowRoot?.querySelector('h2'));
    expect(sent('cs→bg/progress:record').map((p) => p.step)).toEqual(['reached-mfa-code', 'reached-troubleshoot']);
  });

  it('leaves the page alone when the injection fails, and tries again a few times at most', async () => {
    loadFixture('signin/mfa-code-2024-iam-en.html');
    const requestPanel = vi.fn(() => Promise.reject(new Error('Cannot access contents of the page')));
    stop = startLookout(document, { requestPanel });
    await until(() => requestPanel.mock.calls.length === 1);
    await new Promise((r) => setTimeout(r, 5500));
    expect(requestPanel.mock.calls.length).toBe(4);
    expect(host()).toBe(null);
  }, 10_000);

  it('a second copy of the panel script attaches nothing', async () => {
    start('signin/mfa-code-2024-iam-en.html');
    await until(() => host()?.shadowRoot?.querySelector('h2'));
    const first = host();
    expect(attachPanel(document)).toBe(false);
    expect(document.querySelectorAll('mfa-lifeline-panel')).toHaveLength(1);
    expect(host()).toBe(first);
  });

  it('a panel script with no detector in its world does nothing', () => {
    delete (globalThis as { __mfaLifelineDetector?: unknown }).__mfaLifelineDetector;
    loadFixture('signin/mfa-code-2024-iam-en.html');
    expect(attachPanel(document)).toBe(false);
    expect(host()).toBe(null);
  });
});

describe('the in-page assistant', () => {
  it('mounts one host with data-page, then renders in the language the worker chose', async () => {
    start('signin/mfa-code-2024-iam-en.html');
    expect(host()?.getAttribute('data-page')).toBe('mfa-code');
    expect(host()?.parentElement).toBe(document.documentElement);
    await until(() => host()?.shadowRoot?.querySelector('h2'));
    expect(host()!.shadowRoot!.querySelector('h2')!.textContent).toBe('MFA ライフライン');
    expect(host()!.shadowRoot!.querySelector('div')!.getAttribute('lang')).toBe('ja');
    expect(sent('cs→bg/panel:hello')).toEqual([{ page: 'mfa-code', uiLang: 'en' }]);
    expect(sent('cs→bg/progress:record')).toEqual([{ page: 'mfa-code', step: 'reached-mfa-code' }]);
    expect(document.querySelectorAll('mfa-lifeline-panel')).toHaveLength(1);
  });

  it('speaks the browser language through browser.i18n when the worker cannot answer', async () => {
    fake.runtime.sendMessage.mockImplementation(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    start('signin/troubleshoot-legacy-en.html');
    await until(() => host()?.shadowRoot?.querySelector('h2'));
    expect(host()!.shadowRoot!.querySelector('h2')!.textContent).toBe('browser:panelTitle');
    expect(host()!.shadowRoot!.querySelector('div')!.getAttribute('lang')).toBe('en');
  });

  it('follows a step change in place and leaves shortly after the page leaves every recognized state', async () => {
    start('signin/mfa-code-2024-iam-en.html');
    const first = host();
    document.querySelector('main')!.innerHTML = '<h1>Trouble signing in?</h1><label><input type="radio"> Re-sync with AWS Servers</label><label><input type="radio"> Sign in using alternative factors</label>';
    await until(() => host()?.getAttribute('data-page') === 'troubleshoot');
    expect(host()).toBe(first);
    document.querySelector('main')!.innerHTML = '<h1>Root user sign in</h1><input id="password" type="password">';
    await until(() => !host(), 1000);
    expect(sent('cs→bg/progress:record').map((p) => p.step)).toEqual(['reached-mfa-code', 'reached-troubleshoot']);
  });

  it('stays closed on the page the user dismissed it on, and comes back for the next one', async () => {
    start('signin/mfa-code-2024-iam-en.html');
    await until(() => host()?.shadowRoot?.querySelector('button'));
    (host()!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(host()).toBe(null);
    document.querySelector('form')!.append(document.createElement('span'));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'MFA code' }));
    await new Promise((r) => setTimeout(r, 100));
    expect(host()).toBe(null);
    document.querySelector('main')!.innerHTML = '<h2>Step 1: Email address verification</h2><button>Send verification email</button>';
    await until(() => host()?.getAttribute('data-page') === 'alt-factors');
  });

  it('once the extension is gone (runtime id undefined), says to reload the page instead of vanishing, and stops', async () => {
    start('signin/mfa-code-2024-iam-en.html');
    await until(() => host()?.shadowRoot?.querySelector('h2'));
    fake.runtime.id = undefined;
    await until(() => host()?.shadowRoot?.querySelector('[data-orphan]'), 1500);
    // The language table the worker sent has no such key: the note read at start-up stands.
    expect(host()!.shadowRoot!.querySelector('[data-orphan]')!.textContent).toMatch(/Reload this page/);
    const calls = fake.runtime.sendMessage.mock.calls.length;
    document.querySelector('main')!.innerHTML = '<h2>Email address verification</h2><button>Call me now</button>';
    await new Promise((r) => setTimeout(r, 700));
    expect(host()?.getAttribute('data-page')).toBe('mfa-code');
    expect(fake.runtime.sendMessage.mock.calls.length).toBe(calls);
    host()!.shadowRoot!.querySelector('button')!.click();
    expect(host()).not.toBe(null);
  });

  it('once the extension is gone before any panel showed, just stops', async () => {
    start('negative/email-step-2024-en.html');
    fake.runtime.id = undefined;
    await new Promise((r) => setTimeout(r, 700));
    document.body.innerHTML = '<main><h2>Email address verification</h2><button>Call me now</button></main>';
    await new Promise((r) => setTimeout(r, 700));
    expect(host()).toBe(null);
  });

  it('holds no text from the code field: the context exposes only its page targets', async () => {
    start('signin/mfa-code-2024-iam-en.html');
    (document.getElementById('mfaCode') as HTMLInputElement).value = '123456';
    await until(() => host()?.shadowRoot?.querySelector('h2'));
    expect(host()!.shadowRoot!.innerHTML).not.toContain('123456');
    expect(JSON.stringify(fake.runtime.sendMessage.mock.calls)).not.toContain('123456');
  });
});
