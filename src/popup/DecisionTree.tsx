import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account, RecoveryPathId } from '../shared/model.ts';
import { answer, nextStep, PATHS, QUESTION_ORDER, QUESTIONS, type TreeAnswers } from '../domain/recovery-tree.ts';

/** The shared decision tree (src/domain/recovery-tree.ts), one question at a time. */
export function DecisionTree({ account, onChoose, onCancel }: { account: Account; onChoose: (p: RecoveryPathId) => void; onCancel?: (() => void) | undefined }) {
  const [a, setA] = useState<TreeAnswers>({});
  const step = nextStep(a);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepId = step.kind === 'question' ? step.id : step.path;
  useEffect(() => {
    heading.current?.focus();
  }, [stepId]);
  const answered = QUESTION_ORDER.filter((q) => a[q] !== undefined);
  const back = () => {
    const next = { ...a };
    delete next[answered[answered.length - 1]!];
    setA(next);
  };

  return (
    <section class="card" aria-live="polite">
      {step.kind === 'question' ? (
        <>
          <p class="small muted">{t('popupTreeProgress', [String(answered.length + 1), String(QUESTION_ORDER.length)])}</p>
          <h3 ref={heading} tabIndex={-1}>{t(QUESTIONS[step.id].titleKey)}</h3>
          <p class="small">{t(QUESTIONS[step.id].helpKey)}</p>
          {step.id === 'orgMember' && account.orgMember && <p class="small notice">{t('popupTreeOrgHint')}</p>}
          <div class="row">
            <button type="button" class="primary" onClick={() => setA(answer(a, step.id, true))}>{t('commonYes')}</button>
            <button type="button" onClick={() => setA(answer(a, step.id, false))}>{t('commonNo')}</button>
            {answered.length > 0 && <button type="button" onClick={back}>{t('commonBack')}</button>}
            {onCancel && <button type="button" onClick={onCancel}>{t('commonCancel')}</button>}
          </div>
        </>
      ) : (
        <>
          <h3 ref={heading} tabIndex={-1}>{t(PATHS[step.path].titleKey)}</h3>
          <p>{t(PATHS[step.path].summaryKey)}</p>
          <p class="small muted">{t(PATHS[step.path].durationKey)}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => onChoose(step.path)}>{t('popupStartChecklist')}</button>
            <button type="button" onClick={back}>{t('commonBack')}</button>
          </div>
        </>
      )}
    </section>
  );
}
