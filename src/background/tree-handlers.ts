import type { AllHandlers } from './router.ts';
import { answer, askedSoFar, nextStep, OUTCOME_STEPS, PATHS, QUESTION_ORDER, QUESTIONS, type Answer, type TreeAnswers } from '../domain/recovery-tree.ts';

/**
 * The lost-MFA decision tree for the in-page panel, answered by the worker (issue #14: data the
 * panel needs only after recognition comes from the worker; the questions' and paths' table cost
 * the content script about 1 KB gzip). Pure: nothing is stored or read. The answers must follow
 * the tree, each one answering the question the previous ones lead to with a value it offers.
 */
export const treeHandlers: Pick<AllHandlers, 'cs→bg/recovery:step'> = {
  'cs→bg/recovery:step': async ({ answers }) => {
    let a: TreeAnswers = {};
    for (const [id, value] of answers) {
      const s = nextStep(a);
      if (s.kind !== 'question' || s.id !== id || !QUESTIONS[s.id].options.some((o) => o.value === value)) return { step: null };
      a = answer(a, s.id, value as Answer);
    }
    const s = nextStep(a);
    return {
      step:
        s.kind === 'question'
          ? { kind: 'question', id: s.id, ...QUESTIONS[s.id], n: askedSoFar(a).length + 1, of: QUESTION_ORDER.length }
          : { kind: 'outcome', path: s.path, view: PATHS[s.path], shown: OUTCOME_STEPS },
    };
  },
};
