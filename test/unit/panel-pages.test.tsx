// @vitest-environment happy-dom
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_KINDS } from '../../src/shared/page-kind.ts';
import { button, cleanup, click, fakeCtx, mount, texts, usedKeys } from './panel-harness.tsx';
import { loadSourceLocales } from './locale-source.ts';

vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => 'en'));
vi.mock('../../src/shared/send.ts', () => ({ send: vi.fn(() => new Promise(() => {})) }));

afterEach(cleanup);

describe('Panel', () => {
  it.each(PAGE_KINDS)('renders a titled guide for %s, in a labelled region with the UI language', async (page) => {
    const root = await mount(h(Panel, { ctx: fakeCtx(page), onClose: () => {} }));
    const section = root.querySelector('section.panel')!;
    expect(section.getAttribute('lang')).toBe('en');
    expect(section.getAttribute('aria-labelledby')).toBe('mfl-title');
    expect(root.querySelector('#mfl-title')?.textContent).toBe(`panelTitlepanelHead_${page.replace(/-/g, '_')}`);
    expect(section.children.length).toBeGreaterThan(1);
  });

  it('closes on the user\'s click only', async () => {
    const onClose = vi.fn();
    const root = await mount(h(Panel, { ctx: fakeCtx('troubleshoot'), onClose }));
    const close = button(root, 'commonClose')!;
    expect(close.getAttribute('type')).toBe('button');
    await click(close, false);
    expect(onClose).not.toHaveBeenCalled();
    await click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('ships a stylesheet with a dark scheme, visible focus and px units only', () => {
    // vitest does not process CSS, so read the file the build inlines.
    const panelCss = readFileSync(join(import.meta.dirname, '../../src/shared/panel.css'), 'utf8');
    expect(panelCss).toContain('prefers-color-scheme: dark');
    expect(panelCss).toContain(':focus-visible');
    expect(panelCss).not.toMatch(/\d(rem|em)\b/);
  });
});

describe('troubleshoot', () => {
  it('explains both options and points at "Sign in using alternative factors" on request', async () => {
    const choice = document.createElement('button');
    choice.textContent = 'Sign in using alternative factors';
    document.body.append(choice);
    choice.getBoundingClientRect = () => ({ top: 10, left: 10, width: 200, height: 30, right: 210, bottom: 40, x: 10, y: 10, toJSON() {} }) as DOMRect;
    const scrolled = vi.fn();
    choice.scrollIntoView = scrolled;
    const ctx = fakeCtx('troubleshoot');
    ctx.targets.altFactorsChoice = choice;
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    expect(texts(root, 'h3')).toEqual(['panelTsResync', 'panelTsAlt']);
    expect(root.querySelector('.ring')).toBeNull();
    await click(button(root, 'panelShowMe'));
    expect(scrolled).toHaveBeenCalled();
    expect(root.querySelector('.ring')).toBeTruthy();
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://aws.amazon.com/forms/aws-mfa-support');
  });
});

describe('alt-factors', () => {
  it('walks through e-mail, phone and sign-in, with the failure help after', async () => {
    const root = await mount(h(Panel, { ctx: fakeCtx('alt-factors'), onClose: () => {} }));
    expect(texts(root, 'h3')).toEqual(['panelAltEmail', 'panelAltPhone', 'panelAltAfter', 'panelAltFail']);
    expect(root.textContent).toContain('panelAltPhone3');
    expect(root.querySelector('.warn')).toBeNull();
  });

  it('leads with the failure help after a failed phone verification', async () => {
    const root = await mount(h(Panel, { ctx: fakeCtx('alt-factors', { variant: 'phone-failed' }), onClose: () => {} }));
    expect(texts(root, 'h3')[0]).toBe('panelAltFail');
    expect(root.querySelector('.warn h3')?.textContent).toBe('panelAltFail');
    expect(texts(root, '.warn li')).toEqual(['panelAltFail1', 'panelAltFail2', 'panelAltFail3', 'panelAltFail4']);
    expect(root.querySelector('.warn a')?.getAttribute('href')).toBe('https://aws.amazon.com/forms/aws-mfa-support');
  });
});

// Runs last: every key the rendered panels asked for must exist in English and Japanese.
afterAll(() => {
  const locales = loadSourceLocales();
  const missing = [...usedKeys].filter((k) => !locales.en![k] || !locales.ja![k]);
  expect(missing).toEqual([]);
});
