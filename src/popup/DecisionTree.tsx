import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account, RecoveryPathId } from '../shared/model.ts';
import { answer, askedSoFar, nextStep, OUTCOME_STEPS, PATHS, QUESTION_ORDER, QUESTIONS, withoutLast, type TreeAnswers } from '../domain/recovery-tree.ts';

/**
 * The shared decision tree (src/domain/recovery-tree.ts), one question at a time, then the
 * outcome: the next thing first (one sentence, one action: start the checklist), three steps,
 * the rest behind details. `onChoose` also gets the answers (the "Next" rules use what the user
 * said about who can update the phone).
 */
export function DecisionTree({ account, onChoose, onCancel }: { account: Account; onChoose: (p: RecoveryPathId, a: TreeAnswers) => void; onCancel?: (() => void) | undefined }) {
  const [a, setA] = useState<TreeAnswers>({});
  const step = nextStep(a);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepId = step.kind === 'question' ? step.id : step.path;
  useEffect(() => {
    heading.current?.focus();
  }, [stepId]);
  const asked = askedSoFar(a);
  const back = () => setA(withoutLast(a));

  if (step.kind === 'question') {
    const q = QUESTIONS[step.id];
    return (
      <section class="card" aria-live="polite">
        <p class="small muted">{t('popupTreeProgress', [String(asked.length + 1), String(QUESTION_ORDER.length)])}</p>
        <h3 ref={heading} tabIndex={-1}>{t(q.titleKey)}</h3>
        <p class="small">{t(q.helpKey)}</p>
        {step.id === 'orgMember' && account.orgMember && <p class="small notice">{t('popupTreeOrgHint')}</p>}
        <div class="row">
          {q.options.map((o, i) => (
            <button key={String(o.value)} type="button" class={i === 0 ? 'primary' : undefined} onClick={() => setA(answer(a, step.id, o.value))}>{t(o.labelKey)}</button>
          ))}
          {asked.length > 0 && <button type="button" onClick={back}>{t('commonBack')}</button>}
          {onCancel && <button type="button" onClick={onCancel}>{t('commonCancel')}</button>}
        </div>
      </section>
    );
  }

  const p = PATHS[step.path];
  return (
    <section class="card" aria-live="polite" data-path={step.path}>
      <h3 ref={heading} tabIndex={-1}>{t(p.titleKey)}</h3>
      <p>{t(p.nowKey)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => onChoose(step.path, a)}>{t('popupStartChecklist')}</button>
        <button type="button" onClick={back}>{t('commonBack')}</button>
      </div>
      <p class="small muted">{t(p.durationKey)}</p>
      <ol class="small">
        {p.steps.slice(0, OUTCOME_STEPS).map((s) => <li key={s.id}>{t(s.titleKey)}</li>)}
      </ol>
      <p class="small muted">{t(p.afterKey)}</p>
      <details class="small">
        <summary>{t('recoveryOutcomeDetails')}</summary>
        {p.action.kind === 'copy' && <blockquote>{t(p.action.messageKey)}</blockquote>}
        <ol>
          {p.steps.map((s, i) => (
            <li key={s.id}>
              {i >= OUTCOME_STEPS && <strong>{t(s.titleKey)}</strong>}
              {s.detailKey && <div class="hint">{t(s.detailKey)}</div>}
            </li>
          ))}
        </ol>
        {(p.extraKeys ?? []).map((k) => <p key={k}>{t(k)}</p>)}
      </details>
    </section>
  );
}
