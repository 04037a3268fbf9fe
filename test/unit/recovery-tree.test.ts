import { describe, expect, it } from 'vitest';
import { answer, nextStep, PATHS, QUESTION_ORDER, treeMessageKeys, type TreeAnswers } from '../../src/domain/recovery-tree.ts';
import { loadSourceLocales } from './locale-source.ts';

describe('recovery decision tree', () => {
  it('asks the questions in order, one at a time', () => {
    let a: TreeAnswers = {};
    const asked: string[] = [];
    for (;;) {
      const s = nextStep(a);
      if (s.kind === 'outcome') break;
      asked.push(s.id);
      a = answer(a, s.id, false);
    }
    expect(asked).toEqual(QUESTION_ORDER);
  });

  it.each([
    [{ otherDevice: true }, 'other-device'],
    [{ otherDevice: false, iamUser: true }, 'iam-admin'],
    [{ otherDevice: false, iamUser: false, orgMember: true }, 'org-management'],
    [{ otherDevice: false, iamUser: false, orgMember: false, emailAndPhone: true }, 'alt-factors'],
    [{ otherDevice: false, iamUser: false, orgMember: false, emailAndPhone: false }, 'support-documents'],
  ] as const)('%j leads to %s', (answers, path) => {
    expect(nextStep(answers)).toEqual({ kind: 'outcome', path });
  });

  it('forgets later answers when an earlier one changes', () => {
    const a = answer(answer(answer({}, 'otherDevice', false), 'iamUser', false), 'orgMember', true);
    expect(answer(a, 'iamUser', true)).toEqual({ otherDevice: false, iamUser: true });
    expect(nextStep(answer(a, 'iamUser', true))).toEqual({ kind: 'outcome', path: 'iam-admin' });
  });

  it('gives every path a checklist with unique step ids', () => {
    for (const p of Object.values(PATHS)) {
      const ids = p.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(1);
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
