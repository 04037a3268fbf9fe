import { describe, expect, it } from 'vitest';
import {
  answer,
  fromStoredAnswers,
  LEGACY_QUESTIONS,
  nextStep,
  outcomeKeys,
  PATHS,
  QUESTION_ORDER,
  QUESTIONS,
  treeMessageKeys,
  withoutLast,
  type TreeAnswers,
} from '../../src/domain/recovery-tree.ts';
import { PROGRESS_STEPS } from '../../src/shared/progress-steps.ts';
import { loadSourceLocales } from './locale-source.ts';

/** Every walk through the tree: each answer of each question asked, down to an outcome. */
function walks(a: TreeAnswers = {}): { answers: TreeAnswers; path: string }[] {
  const s = nextStep(a);
  if (s.kind === 'outcome') return [{ answers: a, path: s.path }];
  return QUESTIONS[s.id].options.flatMap((o) => walks(answer(a, s.id, o.value)));
}

describe('recovery decision tree', () => {
  it('reaches exactly these outcomes, one per combination of answers', () => {
    const all = walks().map((w) => `${JSON.stringify(w.answers)} → ${w.path}`);
    expect(all).toEqual([
      '{"otherDevice":true} → other-device',
      '{"otherDevice":false,"signInAs":"root","orgMember":true} → org-management',
      '{"otherDevice":false,"signInAs":"root","orgMember":false,"rootEmail":true,"accountPhone":true} → alt-factors',
      '{"otherDevice":false,"signInAs":"root","orgMember":false,"rootEmail":true,"accountPhone":false,"phoneUpdater":true} → update-phone',
      '{"otherDevice":false,"signInAs":"root","orgMember":false,"rootEmail":true,"accountPhone":false,"phoneUpdater":false} → support-documents',
      '{"otherDevice":false,"signInAs":"root","orgMember":false,"rootEmail":false} → recover-mailbox',
      '{"otherDevice":false,"signInAs":"iam"} → iam-admin',
      '{"otherDevice":false,"signInAs":"identity-center"} → identity-center',
    ]);
    // Every path is reachable.
    expect(new Set(walks().map((w) => w.path))).toEqual(new Set(Object.keys(PATHS)));
  });

  it('asks the root e-mail and the account phone as two questions, the phone one about the last digits', () => {
    const loc = loadSourceLocales();
    expect(QUESTION_ORDER).toEqual(['otherDevice', 'signInAs', 'orgMember', 'rootEmail', 'accountPhone', 'phoneUpdater']);
    expect(loc.en![QUESTIONS.accountPhone.helpKey]!.message).toMatch(/last digits/);
    expect(loc.ja![QUESTIONS.accountPhone.helpKey]!.message).toMatch(/末尾/);
    // Both AWS answers to "who can update the phone".
    expect(loc.en![QUESTIONS.phoneUpdater.helpKey]!.message).toMatch(/IAM user.*Account page.*contact AWS Support/s);
  });

  it('forgets later answers when an earlier one changes, and Back drops only the last', () => {
    const a = answer(answer(answer({}, 'otherDevice', false), 'signInAs', 'root'), 'orgMember', false);
    expect(answer(a, 'signInAs', 'iam')).toEqual({ otherDevice: false, signInAs: 'iam' });
    expect(withoutLast(a)).toEqual({ otherDevice: false, signInAs: 'root' });
    expect(withoutLast({})).toEqual({});
  });

  it('walks the seed stories to their paths', () => {
    // Seed 000 (2016): phone stale, e-mail fine. With a colleague who can update the phone:
    // minutes; without: the support form and documents.
    const seed000 = { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false } as const;
    expect(nextStep({ ...seed000, phoneUpdater: true })).toEqual({ kind: 'outcome', path: 'update-phone' });
    expect(nextStep({ ...seed000, phoneUpdater: false })).toEqual({ kind: 'outcome', path: 'support-documents' });
    // Seed 001 (2014): e-mail and phone fine → alternative factors.
    expect(nextStep({ otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: true })).toEqual({ kind: 'outcome', path: 'alt-factors' });
  });

  it('keeps the stored step ids of every path (they are in users\' cases and export files)', () => {
    const ids = Object.fromEntries(Object.entries(PATHS).map(([k, p]) => [k, p.steps.map((s) => s.id)]));
    expect(ids).toEqual({
      'other-device': ['choose-device', 'sign-in', 'remove-lost', 'add-new'],
      'iam-admin': ['ask-admin', 'admin-deactivated', 'add-new'],
      'identity-center': ['ask-ic-admin', 'ic-device-deleted', 'add-new'],
      'org-management': ['ask-management', 'root-credentials-deleted', 'password-recovery', 'add-new'],
      'alt-factors': ['open-troubleshoot', 'verify-email', 'verify-phone', 'signed-in', 'remove-lost', 'add-new'],
      'update-phone': ['update-phone', 'phone-verified', 'open-troubleshoot', 'verify-email', 'verify-phone', 'signed-in', 'add-new'],
      'recover-mailbox': ['recover-mailbox', 'mailbox-back', 'open-troubleshoot', 'verify-email', 'verify-phone', 'signed-in', 'add-new'],
      'support-documents': ['support-form', 'support-call', 'documents', 'objection-email', 'signed-in', 'add-new'],
    });
  });

  it('ends every outcome with what AWS asks next, and shows at most three steps before "details"', () => {
    const loc = loadSourceLocales();
    for (const [id, p] of Object.entries(PATHS)) {
      const { visible } = outcomeKeys(id as keyof typeof PATHS);
      expect(visible.at(-1), id).toBe(p.afterKey);
      expect(visible.filter((k) => k.startsWith('recoveryStep_')).length, id).toBeLessThanOrEqual(3);
      expect(loc.en![p.afterKey]!.message, id).toMatch(/MFA/);
    }
  });

  it('has every text it names in English and Japanese', () => {
    const locales = loadSourceLocales();
    for (const key of treeMessageKeys()) {
      expect(locales.en?.[key]?.message, key).toBeTruthy();
      expect(locales.ja?.[key]?.message, key).toBeTruthy();
    }
  });
});

describe('ids written by the previous version (0.1.0)', () => {
  it('reads answers shaped by the old tree ({iamUser, emailAndPhone})', () => {
    expect(fromStoredAnswers({ otherDevice: false, iamUser: true })).toEqual({ otherDevice: false, signInAs: 'iam' });
    expect(fromStoredAnswers({ otherDevice: false, iamUser: false, orgMember: false, emailAndPhone: true })).toEqual({
      otherDevice: false,
      signInAs: 'root',
      orgMember: false,
      rootEmail: true,
      accountPhone: true,
    });
    // "No" to the combined question does not say which failed: both are asked again.
    const a = fromStoredAnswers({ otherDevice: false, iamUser: false, orgMember: false, emailAndPhone: false });
    expect(a).toEqual({ otherDevice: false, signInAs: 'root', orgMember: false });
    expect(nextStep(a)).toEqual({ kind: 'question', id: 'rootEmail' });
    expect(fromStoredAnswers(null)).toEqual({});
    expect(fromStoredAnswers({ orgMember: true })).toEqual({});
  });

  it('maps each renamed or split question to questions that exist', () => {
    expect(LEGACY_QUESTIONS).toEqual({ iamUser: ['signInAs'], emailAndPhone: ['rootEmail', 'accountPhone'] });
    for (const to of Object.values(LEGACY_QUESTIONS)) for (const q of to) expect(QUESTION_ORDER).toContain(q);
  });

  it('keeps a timeline label for every tree progress id the previous version recorded', () => {
    const old = ['tree-q-other-device', 'tree-q-iam-user', 'tree-q-org-member', 'tree-q-email-and-phone', 'tree-other-device', 'tree-iam-admin', 'tree-org-management', 'tree-alt-factors', 'tree-support-documents'];
    const loc = loadSourceLocales();
    for (const id of old) {
      const key = (PROGRESS_STEPS as Record<string, string>)[id];
      expect(key, id).toBeDefined();
      expect(loc.en![key!]?.message, id).toBeTruthy();
    }
  });
});
