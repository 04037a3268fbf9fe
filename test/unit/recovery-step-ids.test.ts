/**
 * The step ids of each recovery path are stored in the user's recovery case (which steps they
 * ticked, and when). They must never change, or a case started before an update would lose its
 * progress; so they are written out here literally, not read from the tree.
 */
import { describe, expect, it } from 'vitest';
import { PATHS, QUESTIONS, treeMessageKeys } from '../../src/domain/recovery-tree.ts';

const STORED_STEP_IDS = {
  'other-device': ['choose-device', 'sign-in', 'remove-lost', 'add-new'],
  'iam-admin': ['ask-admin', 'admin-deactivated', 'add-new'],
  'org-management': ['ask-management', 'root-credentials-deleted', 'password-recovery', 'add-new'],
  'alt-factors': ['open-troubleshoot', 'verify-email', 'verify-phone', 'signed-in', 'remove-lost', 'add-new'],
  'support-documents': ['support-form', 'support-call', 'documents', 'objection-email', 'signed-in', 'add-new'],
};

describe('a recovery case started before an update', () => {
  it.each(Object.entries(STORED_STEP_IDS))('keeps its ticked steps on the %s path: every stored step id still exists', (path, ids) => {
    const now = PATHS[path as keyof typeof PATHS].steps.map((s) => s.id);
    for (const id of ids) expect(now, `step "${id}" of ${path}`).toContain(id);
  });

  it('has no path the stored ids do not know', () => {
    expect(Object.keys(PATHS).sort()).toEqual(Object.keys(STORED_STEP_IDS).sort());
  });
});

describe('the texts of the tree that the locale test checks', () => {
  it('include every question, path and step text the user is shown, so none can go untranslated', () => {
    const listed = new Set(treeMessageKeys());
    const shown = [
      ...Object.values(QUESTIONS).flatMap((q) => [q.titleKey, q.helpKey]),
      ...Object.values(PATHS).flatMap((p) => [p.titleKey, p.summaryKey, p.durationKey, ...p.steps.flatMap((s) => [s.titleKey, ...(s.detailKey ? [s.detailKey] : [])])]),
    ];
    expect(shown.length).toBeGreaterThan(40);
    for (const key of shown) expect(listed, key).toContain(key);
    expect(listed.size).toBe(new Set(shown).size);
  });

  it('give a step its detail text unless it has nothing to add', () => {
    const signIn = PATHS['other-device'].steps.find((s) => s.id === 'sign-in')!;
    expect(signIn).toEqual({ id: 'sign-in', titleKey: 'recoveryStep_signInOther' });
    expect(PATHS['other-device'].steps.find((s) => s.id === 'choose-device')).toEqual({ id: 'choose-device', titleKey: 'recoveryStep_chooseDevice', detailKey: 'recoveryStep_chooseDevice_detail' });
  });
});
