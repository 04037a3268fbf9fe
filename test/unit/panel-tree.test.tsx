// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { PATHS, QUESTIONS } from '../../src/domain/recovery-tree.ts';
import { button, cleanup, click, fakeCtx, flush, mount, texts } from './panel-harness.tsx';

vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => 'en'));
const m = vi.hoisted(() => ({ send: vi.fn((..._args: unknown[]) => Promise.resolve({ recorded: true, opened: true })) }));
vi.mock('../../src/shared/send.ts', () => ({ send: m.send }));

/** Outcomes go to the worker as a pending recovery with their answers (issue #11), not as a plain step. */
const pending = () => m.send.mock.calls.filter(([k]) => k === 'cs→bg/recovery:pending').map(([, p]) => p);

afterEach(() => {
  cleanup();
  m.send.mockClear();
  m.send.mockImplementation(() => Promise.resolve({ recorded: true, opened: true }));
});

async function openTree(ctx = fakeCtx('mfa-code')) {
  const onClose = vi.fn();
  const root = await mount(h(Panel, { ctx, onClose }));
  await click(button(root, 'panelCantEnter'));
  return { root, ctx, onClose };
}

const heading = (root: HTMLElement) => root.querySelector('.box h3')?.textContent;

describe('mfa-code: "Can\'t enter a code?" and the decision tree', () => {
  it('shows the guide with the button and the clock-drift help, nothing recorded yet', async () => {
    const ctx = fakeCtx('mfa-code');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    expect(root.querySelector('h2')?.textContent).toContain('panelHead_mfa_code');
    expect(button(root, 'panelCantEnter')).toBeTruthy();
    expect(root.querySelector('details summary')?.textContent).toBe('panelDrift');
    expect(texts(root, 'details li')).toEqual(['panelDrift1', 'panelDrift2', 'panelDrift3', 'panelDrift4']);
    expect(ctx.recorded).toEqual([]);
  });

  it('ignores a synthetic (untrusted) click on its buttons', async () => {
    const ctx = fakeCtx('mfa-code');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    await click(button(root, 'panelCantEnter'), false);
    expect(root.querySelector('.box')).toBeNull();
    expect(ctx.recorded).toEqual([]);
  });

  it('asks the first question, records it, and moves focus to it', async () => {
    const { root, ctx } = await openTree();
    expect(heading(root)).toBe(QUESTIONS.otherDevice.titleKey);
    expect(root.textContent).toContain(QUESTIONS.otherDevice.helpKey);
    expect(root.textContent).toContain('panelTreeProgress[1,4]');
    expect(ctx.recorded).toEqual(['tree-q-other-device']);
    expect(document.activeElement?.textContent).toBe(QUESTIONS.otherDevice.titleKey);
  });

  it('another device -> the device choice advice', async () => {
    const { root, ctx } = await openTree();
    await click(button(root, 'commonYes'));
    expect(heading(root)).toBe(PATHS['other-device'].titleKey);
    expect(root.textContent).toContain('panelOutOtherDevice');
    expect(ctx.recorded).toEqual(['tree-q-other-device']);
    expect(pending()).toEqual([{ page: 'mfa-code', answers: { otherDevice: true } }]);
  });

  it('IAM user -> what to ask the administrator', async () => {
    const { root, ctx } = await openTree();
    await click(button(root, 'commonNo'));
    expect(heading(root)).toBe(QUESTIONS.iamUser.titleKey);
    await click(button(root, 'commonYes'));
    expect(heading(root)).toBe(PATHS['iam-admin'].titleKey);
    expect(root.querySelector('blockquote')?.textContent).toBe('panelOutIamMessage');
    expect(texts(root, '.box ol > li').length).toBe(PATHS['iam-admin'].steps.length);
    expect(ctx.recorded).toEqual(['tree-q-other-device', 'tree-q-iam-user']);
    expect(pending()).toEqual([{ page: 'mfa-code', answers: { otherDevice: false, iamUser: true } }]);
  });

  it('Organizations member -> the management account path', async () => {
    const { root } = await openTree();
    for (const b of ['commonNo', 'commonNo', 'commonYes']) await click(button(root, b));
    expect(heading(root)).toBe(PATHS['org-management'].titleKey);
    expect(root.textContent).toContain('panelOutOrg');
    expect(pending()).toEqual([{ page: 'mfa-code', answers: { otherDevice: false, iamUser: false, orgMember: true } }]);
  });

  it('e-mail and phone reachable -> alternative factors, with the page\'s own link ringed and AWS\'s markup untouched', async () => {
    const link = document.createElement('a');
    link.textContent = 'Trouble signing in?';
    link.href = '#';
    document.body.append(link);
    let rect = { top: 100, left: 50, width: 120, height: 20 };
    link.getBoundingClientRect = () => ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height, x: rect.left, y: rect.top, toJSON: () => rect }) as DOMRect;
    const before = link.outerHTML;

    const ctx = fakeCtx('mfa-code', {});
    ctx.targets.troubleshootLink = link;
    const { root } = await openTree(ctx);
    for (const b of ['commonNo', 'commonNo', 'commonNo', 'commonYes']) await click(button(root, b));
    expect(heading(root)).toBe(PATHS['alt-factors'].titleKey);
    expect(root.textContent).toContain('panelOutAltLink');
    await flush();
    const ring = root.querySelector<HTMLElement>('.ring');
    expect(ring).toBeTruthy();
    expect(ring!.getAttribute('aria-hidden')).toBe('true');
    expect([ring!.style.top, ring!.style.left, ring!.style.width, ring!.style.height]).toEqual(['96px', '46px', '128px', '28px']);
    expect(ctx.recorded).toContain('pointed-troubleshoot-link');
    expect(pending()).toEqual([{ page: 'mfa-code', answers: { otherDevice: false, iamUser: false, orgMember: false, emailAndPhone: true } }]);

    // The ring follows the link when the page scrolls.
    rect = { top: 40, left: 50, width: 120, height: 20 };
    window.dispatchEvent(new Event('scroll'));
    await flush();
    expect(root.querySelector<HTMLElement>('.ring')!.style.top).toBe('36px');
    expect(link.outerHTML).toBe(before);
  });

  it('says so when the link is not on the page', async () => {
    const { root, ctx } = await openTree();
    for (const b of ['commonNo', 'commonNo', 'commonNo', 'commonYes']) await click(button(root, b));
    expect(root.querySelector('.ring')).toBeNull();
    expect(root.textContent).toContain('panelNotOnPage');
    expect(ctx.recorded).not.toContain('pointed-troubleshoot-link');
  });

  it('neither -> the support form and the document path, about two weeks', async () => {
    const { root } = await openTree();
    for (const b of ['commonNo', 'commonNo', 'commonNo', 'commonNo']) await click(button(root, b));
    expect(heading(root)).toBe(PATHS['support-documents'].titleKey);
    const a = root.querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://aws.amazon.com/forms/aws-mfa-support');
    expect(a?.getAttribute('rel')).toContain('noopener');
    expect(root.textContent).toContain(PATHS['support-documents'].durationKey);
    for (const k of ['panelDocs1', 'panelDocs4', 'panelNotary1', 'panelNotary4', 'panelDocsTime']) expect(root.textContent).toContain(k);
    expect(pending()).toEqual([{ page: 'mfa-code', answers: { otherDevice: false, iamUser: false, orgMember: false, emailAndPhone: false } }]);
  });

  it('goes back one question, and starts over', async () => {
    const { root, ctx } = await openTree();
    await click(button(root, 'commonNo'));
    await click(button(root, 'commonNo'));
    expect(heading(root)).toBe(QUESTIONS.orgMember.titleKey);
    await click(button(root, 'commonBack'));
    expect(heading(root)).toBe(QUESTIONS.iamUser.titleKey);
    await click(button(root, 'commonYes'));
    expect(heading(root)).toBe(PATHS['iam-admin'].titleKey);
    await click(button(root, 'panelTreeRestart'));
    expect(heading(root)).toBe(QUESTIONS.otherDevice.titleKey);
    expect(button(root, 'commonBack')).toBeUndefined();
    expect(ctx.recorded).toEqual(['tree-q-other-device', 'tree-q-iam-user', 'tree-q-org-member', 'tree-q-iam-user', 'tree-q-other-device']);
    expect(pending()).toEqual([{ page: 'mfa-code', answers: { otherDevice: false, iamUser: true } }]);
  });

  it('hands the outcome over: the link page opens (on a trusted click only) after the answers are recorded, and no account is listed here', async () => {
    let recorded!: () => void;
    m.send.mockImplementation((kind: unknown) =>
      kind === 'cs→bg/recovery:pending' ? new Promise((r) => (recorded = () => r({ recorded: true, opened: true }))) : Promise.resolve({ recorded: true, opened: true }),
    );
    const { root } = await openTree();
    for (const b of ['commonNo', 'commonNo', 'commonNo', 'commonNo']) await click(button(root, b));
    expect(root.textContent).toContain('panelRecoveryHandoff');
    await click(button(root, 'panelLinkRecovery'), false);
    await click(button(root, 'panelLinkRecovery'));
    const opens = () => m.send.mock.calls.filter(([k]) => k === 'cs→bg/link:open');
    expect(opens()).toEqual([]);
    recorded();
    await flush();
    expect(opens().map(([, p]) => p)).toEqual([{ purpose: 'recovery' }]);
    expect(root.textContent).toContain('panelLinkOpened');
    expect(root.querySelectorAll('select, input, textarea').length).toBe(0);
  });

  it('records only ids the machinery accepts (kebab-case)', async () => {
    const { root, ctx } = await openTree();
    for (const b of ['commonNo', 'commonNo', 'commonNo', 'commonNo']) await click(button(root, b));
    for (const step of ctx.recorded) expect(step).toMatch(/^[a-z][a-z0-9-]{1,47}$/);
  });
});

describe('the device choice', () => {
  it('explains each kind of device and offers the tree', async () => {
    const ctx = fakeCtx('mfa-device-choice');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    expect(texts(root, 'li')).toEqual(['panelChoiceKind1', 'panelChoiceKind2', 'panelChoiceKind3', 'panelChoiceKind4']);
    await click(button(root, 'panelCantEnter'));
    expect(heading(root)).toBe(QUESTIONS.otherDevice.titleKey);
  });
});
