/** Issue #14: the worker injects the panel's script (and style sheet) only where a panel lives, into the sender's document. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../../src/shared/browser.ts';

const executeScript = vi.hoisted(() => vi.fn());
vi.mock('../../src/shared/browser.ts', () => ({ browser: { scripting: { executeScript } } }));
vi.mock('../../src/shared/panel.css?inline', () => ({ default: '.panel{position:absolute}' }));

const { panelInjectHandlers } = await import('../../src/background/panel-inject.ts');
const inject = panelInjectHandlers['cs→bg/panel:inject'];

const ACCOUNT = 'https://us-east-1.console.aws.amazon.com/billing/home?region=us-east-1#/account';
const BILLS = 'https://us-east-1.console.aws.amazon.com/billing/home?region=us-east-1#/bills';
const sender = (url: string, tabUrl: string, documentId?: string): Runtime.MessageSender =>
  ({ id: 'ext', url, frameId: 0, documentId, tab: { id: 7, url: tabUrl } }) as Runtime.MessageSender;

beforeEach(() => {
  executeScript.mockReset();
  executeScript.mockResolvedValue([{ result: undefined }]);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('cs→bg/panel:inject', () => {
  it('injects the style sheet, then the panel file, into the sender document', async () => {
    expect(await inject({}, sender(ACCOUNT, ACCOUNT, 'DOC1'))).toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledTimes(2);
    const [css, file] = executeScript.mock.calls.map(([x]) => x);
    expect(css.target).toEqual({ tabId: 7, documentIds: ['DOC1'] });
    expect(css.args).toEqual(['__mfaLifelinePanelCss', '.panel{position:absolute}']);
    expect(file).toEqual({ target: { tabId: 7, documentIds: ['DOC1'] }, files: ['src/content/panel.js'] });
  });

  it('targets the frame where the browser names no document (Firefox)', async () => {
    await inject({}, sender(ACCOUNT, ACCOUNT));
    expect(executeScript.mock.calls[1]![0].target).toEqual({ tabId: 7, frameIds: [0] });
  });

  it('goes by the address the document shows now: Chrome keeps the one it loaded at after a route change', async () => {
    expect(await inject({}, sender(BILLS, ACCOUNT, 'DOC1'))).toEqual({ injected: true });
    executeScript.mockClear();
    expect(await inject({}, sender(ACCOUNT, BILLS, 'DOC1'))).toEqual({ injected: false });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects nothing where the tab moved to another site, or no panel lives', async () => {
    expect(await inject({}, sender(ACCOUNT, 'https://example.com/billing/home#/account'))).toEqual({ injected: false });
    expect(await inject({}, sender('https://us-east-1.console.aws.amazon.com/console/home', 'https://us-east-1.console.aws.amazon.com/console/home'))).toEqual({ injected: false });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers "not injected" when the browser refuses, and never injects the panel without its style sheet', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await inject({}, sender(ACCOUNT, ACCOUNT, 'DOC1'))).toEqual({ injected: false });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
