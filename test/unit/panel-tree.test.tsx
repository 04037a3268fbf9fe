// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Panel } from '../../src/content/panel/Panel.tsx';
import { OUTCOME_STEPS, PATHS, QUESTIONS } from '../../src/domain/recovery-tree.ts';
import { SUPPORT_FORM_URL } from '../../src/site/aws-urls.ts';
import { outcomeOf, pendingStep } from '../../src/domain/handoff.ts';
import { send } from '../../src/shared/send.ts';
import { button, cleanup, click, fakeCtx as makeCtx, flush, mount, texts } from './panel-harness.tsx';

vi.mock('../../src/shared/i18n.ts', async () => (await import('./panel-harness.tsx')).fakeI18n(() => 'en'));
const m = vi.hoisted(() => ({ recorded: null as string[] | null, pending: [] as unknown[] }));
// An outcome reaches the worker as a pending recovery with its answers (issue #11 item 3); the
// worker records it under the step id of the path those answers lead to, as modelled here.
// The tree's steps come from the worker's real handler (cs→bg/recovery:step), as in the browser.
vi.mock('../../src/shared/send.ts', () => ({
  send: vi.fn(async (type: string, payload: { answers?: unknown }) => {
    if (type === 'cs→bg/recovery:step') {
      const { treeHandlers } = await import('../../src/background/tree-handlers.ts');
      return treeHandlers['cs→bg/recovery:step']!(payload as never, {} as never);
    }
    if (type === 'cs→bg/recovery:pending') {
      m.pending.push(payload);
      const o = outcomeOf(payload.answers);
      if (o) m.recorded?.push(pendingStep(o.path));
    }
    return { recorded: true, opened: true };
  }),
}));

/** A panel context whose recorded steps also receive the outcomes the worker records. */
function fakeCtx(...args: Parameters<typeof makeCtx>) {
  const ctx = makeCtx(...args);
  m.recorded = ctx.recorded;
  m.pending = [];
  return ctx;
}

afterEach(cleanup);

async function openTree(ctx = fakeCtx('mfa-code')) {
  const onClose = vi.fn();
  const root = await mount(h(Panel, { ctx, onClose }));
  await click(button(root, 'panelCantEnter'));
  // The first step waits for the worker's handler module to load.
  for (let i = 0; i < 20 && !root.querySelector('.box h3'); i++) await flush();
  return { root, ctx, onClose };
}

const heading = (root: HTMLElement) => root.querySelector('.box h3')?.textContent;
/** Answers in order: yes/no buttons by their key, the who-question by its option. */
async function answerAll(root: HTMLElement, labels: string[]) {
  for (const l of labels) await click(button(root, l));
}
const ROOT_NO_ORG = ['commonNo', 'recoveryASignInRoot', 'commonNo'];

function linkElement(text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.textContent = text;
  link.href = '#';
  document.body.append(link);
  const rect = { top: 100, left: 50, width: 120, height: 20 };
  link.getBoundingClientRect = () => ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height, x: rect.left, y: rect.top, toJSON: () => rect }) as DOMRect;
  return link;
}

describe('mfa-code: "Can\'t enter a code?" and the decision tree', () => {
  it('shows the guide with the button, "Try another MFA method" and the clock-drift help, nothing recorded yet', async () => {
    const ctx = fakeCtx('mfa-code');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    expect(root.querySelector('h2')?.textContent).toContain('panelHead_mfa_code');
    expect(button(root, 'panelCantEnter')).toBeTruthy();
    expect(root.textContent).toContain('panelTryAnother');
    expect(root.querySelector('details summary')?.textContent).toBe('panelDrift');
    expect(texts(root, 'details li')).toEqual(['panelDrift1', 'panelDrift2', 'panelDrift3', 'panelDrift4']);
    expect(ctx.recorded).toEqual([]);
  });

  it('points at "Try another MFA method" on demand, like the troubleshoot link', async () => {
    const ctx = fakeCtx('mfa-code');
    ctx.targets.tryAnotherMethod = linkElement('Try another MFA method');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    await click(button(root, 'panelShowMe'));
    expect(root.querySelector('.ring')).toBeTruthy();
    expect(ctx.recorded).toEqual(['pointed-try-another-method']);
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
    expect(root.textContent).toContain('panelTreeProgress[1,6]');
    expect(ctx.recorded).toEqual(['tree-q-other-device']);
    expect(document.activeElement?.textContent).toBe(QUESTIONS.otherDevice.titleKey);
  });

  it('another device → "Try another MFA method" ringed at once', async () => {
    const ctx = fakeCtx('mfa-code');
    ctx.targets.tryAnotherMethod = linkElement('Try another MFA method');
    const { root } = await openTree(ctx);
    await click(button(root, 'commonYes'));
    await flush();
    expect(heading(root)).toBe(PATHS['other-device'].titleKey);
    expect(root.textContent).toContain('recoveryNowOtherDevice');
    expect(root.querySelector('.ring')).toBeTruthy();
    expect([...ctx.recorded].sort()).toEqual(['pointed-try-another-method', 'tree-other-device', 'tree-q-other-device']);
  });

  it('asks who signs in with three answers: IAM user → the request for the administrator, behind a copy button', async () => {
    const { root, ctx } = await openTree();
    await click(button(root, 'commonNo'));
    expect(heading(root)).toBe(QUESTIONS.signInAs.titleKey);
    expect(texts(root, '.box .row button').slice(0, 3)).toEqual(['recoveryASignInRoot', 'recoveryASignInIam', 'recoveryASignInPortal']);
    await click(button(root, 'recoveryASignInIam'));
    expect(heading(root)).toBe(PATHS['iam-admin'].titleKey);
    expect(button(root, 'recoveryActCopyMessage')).toBeTruthy();
    expect(root.querySelector('details blockquote')?.textContent).toBe('recoveryMsgIamAdmin');
    expect(ctx.recorded).toEqual(['tree-q-other-device', 'tree-q-sign-in-as', 'tree-iam-admin']);
  });

  it('access-portal user → the Identity Center administrator', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, ['commonNo', 'recoveryASignInPortal']);
    expect(heading(root)).toBe(PATHS['identity-center'].titleKey);
    expect(ctx.recorded.at(-1)).toBe('tree-identity-center');
  });

  it('Organizations member → the management account, with its fallback in the details', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, ['commonNo', 'recoveryASignInRoot', 'commonYes']);
    expect(heading(root)).toBe(PATHS['org-management'].titleKey);
    expect(root.textContent).toContain('recoveryNowOrg');
    expect(root.querySelector('details')?.textContent).toContain('recoveryStep_askManagement_detail');
    expect(ctx.recorded.at(-1)).toBe('tree-org-management');
  });

  it('root mailbox lost → recover the mailbox first', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, [...ROOT_NO_ORG, 'commonNo']);
    expect(heading(root)).toBe(PATHS['recover-mailbox'].titleKey);
    expect(ctx.recorded.slice(-2)).toEqual(['tree-q-root-email', 'tree-recover-mailbox']);
  });

  it('e-mail fine, phone stale, someone can update it → update the phone first, with the Account page', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, [...ROOT_NO_ORG, 'commonYes', 'commonNo', 'commonYes']);
    expect(heading(root)).toBe(PATHS['update-phone'].titleKey);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://console.aws.amazon.com/billing/home#/account');
    expect(ctx.recorded.slice(-3)).toEqual(['tree-q-account-phone', 'tree-q-phone-updater', 'tree-update-phone']);
  });

  it('e-mail and phone reachable → alternative factors, the page\'s own link ringed and AWS\'s markup untouched', async () => {
    const link = linkElement('Trouble signing in?');
    const before = link.outerHTML;
    const ctx = fakeCtx('mfa-code', {});
    ctx.targets.troubleshootLink = link;
    const { root } = await openTree(ctx);
    await answerAll(root, [...ROOT_NO_ORG, 'commonYes', 'commonYes']);
    expect(heading(root)).toBe(PATHS['alt-factors'].titleKey);
    expect(root.textContent).toContain('recoveryActShowTroubleshoot');
    await flush();
    const ring = root.querySelector<HTMLElement>('.ring');
    expect(ring).toBeTruthy();
    expect(ring!.getAttribute('aria-hidden')).toBe('true');
    expect([ring!.style.top, ring!.style.left, ring!.style.width, ring!.style.height]).toEqual(['96px', '46px', '128px', '28px']);
    expect(ctx.recorded).toContain('pointed-troubleshoot-link');
    expect(ctx.recorded).toContain('tree-alt-factors');
    expect(link.outerHTML).toBe(before);
  });

  it('says so when the link is not on the page', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, [...ROOT_NO_ORG, 'commonYes', 'commonYes']);
    expect(root.querySelector('.ring')).toBeNull();
    expect(root.textContent).toContain('panelNotOnPage');
    expect(ctx.recorded).not.toContain('pointed-troubleshoot-link');
  });

  it('nobody can update the phone → the support form first, three steps shown, the documents once behind details', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, [...ROOT_NO_ORG, 'commonYes', 'commonNo', 'commonNo']);
    expect(heading(root)).toBe(PATHS['support-documents'].titleKey);
    const a = root.querySelector('a');
    expect(a?.getAttribute('href')).toBe(SUPPORT_FORM_URL);
    expect(a?.getAttribute('rel')).toContain('noopener');
    expect(texts(root, 'ol.steps > li')).toEqual(PATHS['support-documents'].steps.slice(0, OUTCOME_STEPS).map((s) => s.titleKey));
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    // What AWS asked for appears once (in the documents step's detail); the full list lives in the popup's checklist.
    expect(root.textContent!.split('recoveryStep_documents_detail').length - 1).toBe(1);
    expect(details.textContent).toContain('recoveryStep_documents_detail');
    expect(root.textContent).not.toMatch(/docStep|docList/);
    // The outcome ends with what AWS asks next.
    expect(root.textContent).toContain('recoveryAfterRoot');
    expect(ctx.recorded.at(-1)).toBe('tree-support-documents');
  });

  it('says so when the worker does not answer, instead of an empty tree', async () => {
    vi.mocked(send).mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const ctx = fakeCtx('mfa-code');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    await click(button(root, 'panelCantEnter'));
    expect(root.textContent).toContain('panelWorkerDown');
    expect(root.querySelector('#mfl-q')).toBeNull();
    expect(ctx.recorded).toEqual([]);
  });

  it('goes back one question, and starts over', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, ['commonNo', 'recoveryASignInRoot']);
    expect(heading(root)).toBe(QUESTIONS.orgMember.titleKey);
    await click(button(root, 'commonBack'));
    expect(heading(root)).toBe(QUESTIONS.signInAs.titleKey);
    await click(button(root, 'recoveryASignInIam'));
    expect(heading(root)).toBe(PATHS['iam-admin'].titleKey);
    await click(button(root, 'panelTreeRestart'));
    expect(heading(root)).toBe(QUESTIONS.otherDevice.titleKey);
    expect(button(root, 'commonBack')).toBeUndefined();
    expect(ctx.recorded).toEqual(['tree-q-other-device', 'tree-q-sign-in-as', 'tree-q-org-member', 'tree-q-sign-in-as', 'tree-iam-admin', 'tree-q-other-device']);
  });

  it('records only ids the machinery accepts (kebab-case)', async () => {
    const { root, ctx } = await openTree();
    await answerAll(root, [...ROOT_NO_ORG, 'commonYes', 'commonNo', 'commonNo']);
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

describe('the passkey / security-key step (mfa-key)', () => {
  it('guides it like the code step: "Try another MFA method", the tree, the key prompt help', async () => {
    const ctx = fakeCtx('mfa-key');
    ctx.targets.tryAnotherMethod = linkElement('Try another MFA method');
    const root = await mount(h(Panel, { ctx, onClose: () => {} }));
    expect(root.querySelector('h2')?.textContent).toContain('panelHead_mfa_key');
    expect(root.textContent).toContain('panelKeyIntro');
    expect(texts(root, 'details li')).toEqual(['panelKeyMore1', 'panelKeyMore2', 'panelKeyMore3']);
    await click(button(root, 'panelShowMe'));
    expect(root.querySelector('.ring')).toBeTruthy();
    await click(button(root, 'panelCantEnter'));
    expect(heading(root)).toBe(QUESTIONS.otherDevice.titleKey);
    expect(ctx.recorded).toEqual(['pointed-try-another-method', 'tree-q-other-device']);
  });
});
