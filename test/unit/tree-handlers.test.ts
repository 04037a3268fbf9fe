import { describe, expect, it } from 'vitest';
import { treeHandlers } from '../../src/background/tree-handlers.ts';
import { OUTCOME_STEPS, PATHS, QUESTIONS } from '../../src/domain/recovery-tree.ts';
import type { TreeAnswerList } from '../../src/shared/messages.ts';

const step = (answers: TreeAnswerList) => treeHandlers['cs→bg/recovery:step']!({ answers }, {} as never).then((r) => r.step);

describe("the worker's decision-tree steps for the panel (cs→bg/recovery:step)", () => {
  it('starts with the first question, with its "n of m"', async () => {
    expect(await step([])).toEqual({ kind: 'question', id: 'otherDevice', ...QUESTIONS.otherDevice, n: 1, of: 6 });
  });

  it('follows the answers to the next question, and to the path they lead to, with its data', async () => {
    expect(await step([['otherDevice', false]])).toMatchObject({ kind: 'question', id: 'signInAs', n: 2, options: QUESTIONS.signInAs.options });
    expect(await step([['otherDevice', false], ['signInAs', 'iam']])).toEqual({ kind: 'outcome', path: 'iam-admin', view: PATHS['iam-admin'], shown: OUTCOME_STEPS });
    const all: TreeAnswerList = [['otherDevice', false], ['signInAs', 'root'], ['orgMember', false], ['rootEmail', true], ['accountPhone', false], ['phoneUpdater', false]];
    expect(await step(all)).toMatchObject({ kind: 'outcome', path: 'support-documents' });
  });

  it('refuses answers that do not follow the tree: out of order, to no question, or a value not offered', async () => {
    expect(await step([['signInAs', 'root']])).toBeNull();
    expect(await step([['otherDevice', true], ['signInAs', 'root']])).toBeNull();
    expect(await step([['otherDevice', 'maybe']])).toBeNull();
    expect(await step([['otherDevice', false], ['signInAs', 'admin']])).toBeNull();
    expect(await step([['otherDevice', false], ['otherDevice', false]])).toBeNull();
  });
});
