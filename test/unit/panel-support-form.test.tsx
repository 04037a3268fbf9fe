// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { button, cleanup, click, fakeCtx, mount } from './panel-harness.tsx';

const m = vi.hoisted(() => ({ send: vi.fn(), lang: 'en' as 'en' | 'ja' }));
vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => m.lang));
vi.mock('../../src/shared/send.ts', () => ({ send: m.send }));

beforeEach(() => {
  m.lang = 'en';
  m.send.mockResolvedValue({ opened: true });
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
});
afterEach(cleanup);

const helper = () => mount(h(Panel, { ctx: fakeCtx('support-form'), onClose: () => {} }));

describe('support-form panel (issue #9: no phone number is typed into the page)', () => {
  it('has no field at all: the number is typed on the link page, never in the panel', async () => {
    const root = await helper();
    expect(root.querySelectorAll('input, select, textarea, [contenteditable]')).toHaveLength(0);
    expect(root.textContent).toContain('panelFormPhoneIntro');
  });

  it("opens the link page's phone-format mode on the user's click only, sending nothing of the page", async () => {
    const root = await helper();
    await click(button(root, 'panelFormPhoneOpen'), false);
    expect(m.send).not.toHaveBeenCalled();
    await click(button(root, 'panelFormPhoneOpen'));
    expect(m.send.mock.calls).toEqual([['cs→bg/link:open', { purpose: 'phone-format' }]]);
    expect(root.textContent).toContain('panelLinkOpened');
  });

  it('says so when the worker cannot open it', async () => {
    m.send.mockRejectedValue(new Error('Extension context invalidated.'));
    const root = await helper();
    await click(button(root, 'panelFormPhoneOpen'));
    expect(root.textContent).toContain('panelWorkerDown');
  });

  it('says what happens after submitting, with phrases for the call', async () => {
    const root = await helper();
    for (const k of ['panelAfter1', 'panelAfter2', 'panelAfter3', 'panelAfter4', 'panelPhrase1', 'panelPhrase5']) expect(root.textContent).toContain(k);
  });

  it('gives the Japanese-support tip to a Japanese UI or a browser in Japan, not to a US English user', async () => {
    expect((await helper()).textContent).not.toContain('panelJaSupport');
    cleanup();
    Object.defineProperty(navigator, 'language', { value: 'en-JP', configurable: true });
    expect((await helper()).textContent).toContain('panelJaSupport');
    cleanup();
    Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
    m.lang = 'ja';
    expect((await helper()).textContent).toContain('panelJaSupport');
  });
});
