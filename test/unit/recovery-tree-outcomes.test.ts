import { describe, expect, it } from 'vitest';
import { answer, askedSoFar, FAILURE_IDS, failureKey, fromStoredAnswers, isPathId, OUTCOME_STEPS, outcomeKeys, PATH_IDS, PATHS, QUESTIONS, treeMessageKeys } from '../../src/domain/recovery-tree.ts';
import { outcomeOf } from '../../src/domain/handoff.ts';

describe('what each outcome offers the user', () => {
  it('one action per outcome: a ring around the right control, a link to the right AWS page, or a message to copy', () => {
    const actions = Object.fromEntries(Object.entries(PATHS).map(([id, p]) => [id, { ...p.action, label: p.actionKey }]));
    expect(actions).toEqual({
      'other-device': { kind: 'point', target: 'tryAnotherMethod', label: 'recoveryActShowTryAnother' },
      'iam-admin': { kind: 'copy', messageKey: 'recoveryMsgIamAdmin', label: 'recoveryActCopyMessage' },
      'identity-center': { kind: 'copy', messageKey: 'recoveryMsgIcAdmin', label: 'recoveryActCopyMessage' },
      'org-management': { kind: 'copy', messageKey: 'recoveryMsgOrg', label: 'recoveryActCopyMessage' },
      'alt-factors': { kind: 'point', target: 'troubleshootLink', label: 'recoveryActShowTroubleshoot' },
      'update-phone': { kind: 'link', to: 'account-page', label: 'recoveryActOpenAccountPage' },
      'recover-mailbox': { kind: 'copy', messageKey: 'recoveryMsgMailbox', label: 'recoveryActCopyMailMessage' },
      'support-documents': { kind: 'link', to: 'support-form', label: 'recoveryActOpenSupportForm' },
    });
  });

  it('says how long each path takes and what AWS asks once the user is back in', () => {
    const said = Object.fromEntries(Object.entries(PATHS).map(([id, p]) => [id, [p.titleKey, p.nowKey, p.durationKey, p.afterKey]]));
    expect(said).toEqual({
      'other-device': ['recoveryPathOtherDevice', 'recoveryNowOtherDevice', 'recoveryDurationMinutes', 'recoveryAfterRemove'],
      'iam-admin': ['recoveryPathIamAdmin', 'recoveryNowIamAdmin', 'recoveryDurationAdmin', 'recoveryAfterIam'],
      'identity-center': ['recoveryPathIdentityCenter', 'recoveryNowIdentityCenter', 'recoveryDurationAdmin', 'recoveryAfterIam'],
      'org-management': ['recoveryPathOrg', 'recoveryNowOrg', 'recoveryDurationAdmin', 'recoveryAfterRoot'],
      'alt-factors': ['recoveryPathAltFactors', 'recoveryNowAltFactors', 'recoveryDurationMinutes', 'recoveryAfterRoot'],
      'update-phone': ['recoveryPathUpdatePhone', 'recoveryNowUpdatePhone', 'recoveryDurationUpdatePhone', 'recoveryAfterRoot'],
      'recover-mailbox': ['recoveryPathMailbox', 'recoveryNowMailbox', 'recoveryDurationMailbox', 'recoveryAfterRoot'],
      'support-documents': ['recoveryPathSupport', 'recoveryNowSupport', 'recoveryDurationWeeks', 'recoveryAfterRoot'],
    });
  });

  it('offers "it did not work" on exactly these steps, each leading to its own failure (stored on the case)', () => {
    const fails = Object.fromEntries(Object.entries(PATHS).map(([id, p]) => [id, Object.fromEntries(p.steps.filter((s) => s.failId).map((s) => [s.id, s.failId]))]));
    const alt = { 'open-troubleshoot': 'alt-not-offered', 'verify-email': 'email-failed', 'verify-phone': 'phone-failed' };
    expect(fails).toEqual({
      'other-device': { 'choose-device': 'other-device-failed' },
      'iam-admin': {},
      'identity-center': {},
      'org-management': { 'ask-management': 'management-cannot' },
      'alt-factors': alt,
      'update-phone': { 'update-phone': 'no-phone-updater', ...alt },
      'recover-mailbox': { 'recover-mailbox': 'mailbox-lost', ...alt },
      'support-documents': { 'support-call': 'support-call-failed' },
    });
    expect(FAILURE_IDS).toEqual(['other-device-failed', 'alt-not-offered', 'email-failed', 'phone-failed', 'no-phone-updater', 'mailbox-lost', 'management-cannot', 'support-call-failed']);
    expect(failureKey('no-phone-updater')).toBe('recoveryFail_no_phone_updater');
  });

  it('gives every step a detail text except the ones whose title says it all', () => {
    const bare = new Set(Object.values(PATHS).flatMap((p) => p.steps.filter((s) => !s.detailKey).map((s) => s.id)));
    expect([...bare].sort()).toEqual(['admin-deactivated', 'ic-device-deleted', 'mailbox-back', 'sign-in', 'signed-in']);
    expect(PATHS['alt-factors'].steps[1]).toEqual({ id: 'verify-email', titleKey: 'recoveryStep_verifyEmail', detailKey: 'recoveryStep_verifyEmail_detail', failId: 'email-failed' });
    expect(PATHS['other-device'].steps[1]).toEqual({ id: 'sign-in', titleKey: 'recoveryStep_signIn' });
  });

  it('shows three steps at once and puts the rest, every detail, the message to copy and the extra help behind "details"', () => {
    expect(OUTCOME_STEPS).toBe(3);
    expect(outcomeKeys('other-device')).toEqual({
      visible: ['recoveryPathOtherDevice', 'recoveryNowOtherDevice', 'recoveryActShowTryAnother', 'recoveryDurationMinutes', 'recoveryStep_chooseDevice', 'recoveryStep_signIn', 'recoveryStep_removeLost', 'recoveryAfterRemove'],
      details: ['recoveryStep_addNew', 'recoveryStep_chooseDevice_detail', 'recoveryStep_removeLost_detail', 'recoveryStep_addNew_detail', 'recoveryMoreOtherDevice'],
    });
    expect(outcomeKeys('iam-admin').details).toEqual(['recoveryMsgIamAdmin', 'recoveryStep_askAdmin_detail', 'recoveryStep_addNew_detail']);
    expect(PATHS['alt-factors'].extraKeys).toEqual(['recoveryMoreAltNotOffered']);
    expect(Object.entries(PATHS).filter(([, p]) => p.extraKeys).map(([id]) => id)).toEqual(['other-device', 'alt-factors']);
  });
});

describe('path ids read back from stored cases', () => {
  it('accepts each path of this version and nothing else', () => {
    expect(PATH_IDS).toEqual(['other-device', 'iam-admin', 'identity-center', 'org-management', 'alt-factors', 'update-phone', 'recover-mailbox', 'support-documents']);
    for (const id of PATH_IDS) expect(isPathId(id), id).toBe(true);
    for (const x of ['', 'toString', 'constructor', '__proto__', 'Alt-factors', 42, null, undefined, {}, ['alt-factors']]) expect(isPathId(x), String(x)).toBe(false);
  });
});

describe('answers read back from storage', () => {
  it('takes only answers of the right type, and an unknown "who" as unanswered', () => {
    expect(fromStoredAnswers({ otherDevice: 'no' })).toEqual({});
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'admin' })).toEqual({ otherDevice: false });
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'identity-center' })).toEqual({ otherDevice: false, signInAs: 'identity-center' });
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'iam' })).toEqual({ otherDevice: false, signInAs: 'iam' });
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'root', orgMember: 1 })).toEqual({ otherDevice: false, signInAs: 'root' });
    expect(fromStoredAnswers('{"otherDevice":true}')).toEqual({});
  });

  it('prefers the new "who" over the old IAM-user answer, and keeps a new answer over the old combined one', () => {
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'root', iamUser: true })).toEqual({ otherDevice: false, signInAs: 'root' });
    const both = fromStoredAnswers({ otherDevice: false, iamUser: false, orgMember: false, rootEmail: true, accountPhone: false, emailAndPhone: true, phoneUpdater: true });
    expect(both).toEqual({ otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: true });
  });

  it('keeps a whole walk down to its outcome and drops answers after a gap or past the outcome', () => {
    const walk = { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false } as const;
    expect(fromStoredAnswers(walk)).toEqual(walk);
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'root', rootEmail: true })).toEqual({ otherDevice: false, signInAs: 'root' });
    expect(fromStoredAnswers({ otherDevice: true, signInAs: 'iam' })).toEqual({ otherDevice: true });
    expect(askedSoFar(fromStoredAnswers(walk))).toHaveLength(6);
  });

  it('offers yes and no, in that order, for every question but "who is signing in"', () => {
    for (const [id, q] of Object.entries(QUESTIONS)) {
      if (id === 'signInAs') expect(q.options.map((o) => o.value)).toEqual(['root', 'iam', 'identity-center']);
      else expect(q.options, id).toEqual([{ value: true, labelKey: 'commonYes' }, { value: false, labelKey: 'commonNo' }]);
    }
    expect(QUESTIONS.rootEmail).toMatchObject({ titleKey: 'recoveryQRootEmail', helpKey: 'recoveryQRootEmailHelp' });
  });
});

describe('answers hold only the questions answered', () => {
  // The panel sends its answers to the worker, and the link page hands them over (handoff.ts),
  // which refuses answers naming a question the walk did not ask: a key left with no value would
  // make a finished walk unusable.
  it('answering a later question first keeps no key for the earlier ones', () => {
    expect(answer({}, 'signInAs', 'iam')).toStrictEqual({ signInAs: 'iam' });
    expect(answer({ otherDevice: false }, 'signInAs', 'iam')).toStrictEqual({ otherDevice: false, signInAs: 'iam' });
  });

  it('answers read back with a gap keep no key for the gap, and still hand over', () => {
    const read = fromStoredAnswers({ otherDevice: false, signInAs: 'iam', rootEmail: true });
    expect(read).toStrictEqual({ otherDevice: false, signInAs: 'iam' });
    expect(outcomeOf(read)?.path).toBe('iam-admin');
    expect(fromStoredAnswers({ otherDevice: false, signInAs: 'root', orgMember: false, accountPhone: true })).toStrictEqual({ otherDevice: false, signInAs: 'root', orgMember: false });
  });
});

describe('the texts the locale tests check for the tree', () => {
  it('include every text a question or an outcome shows, at once or behind "details"', () => {
    const keys = new Set(treeMessageKeys());
    const shown = [
      ...Object.values(QUESTIONS).flatMap((q) => [q.titleKey, q.helpKey, ...q.options.map((o) => o.labelKey)]),
      ...PATH_IDS.flatMap((id) => [...outcomeKeys(id).visible, ...outcomeKeys(id).details]),
      ...FAILURE_IDS.map(failureKey),
    ];
    for (const k of shown) expect(keys.has(k), k).toBe(true);
    expect([...keys].sort()).toEqual([...new Set(shown)].sort());
  });
});
