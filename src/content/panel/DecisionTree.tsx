/**
 * "Can't enter a code?": the shared lost-MFA decision tree (src/domain/recovery-tree.ts) as a
 * few yes/no questions, then the path with its steps and what this page can do about it.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { RecoveryPathId } from '../../shared/model.ts';
import { answer, nextStep, PATHS, QUESTION_ORDER, QUESTIONS, type TreeAnswers } from '../../domain/recovery-tree.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, List, Point, seq, SupportLink } from './parts.tsx';

export function DecisionTree({ ctx }: { ctx: PanelContext }): JSX.Element {
  const [a, setA] = useState<TreeAnswers>({});
  const step = nextStep(a);
  const id = step.kind === 'question' ? `question-${step.id}` : `path-${step.path}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ctx.record(`tree-${id}`);
    // Keyboard and screen-reader users land on the new question, not on a vanished button.
    heading.current?.focus();
  }, [id]);

  const answered = QUESTION_ORDER.filter((q) => a[q] !== undefined);
  const back = () => {
    const next = { ...a };
    delete next[answered[answered.length - 1]!];
    setA(next);
  };
  const backBtn = answered.length > 0 && <Btn onClick={back}>{t('commonBack')}</Btn>;

  if (step.kind === 'question') {
    const q = QUESTIONS[step.id];
    return (
      <div class="box" role="group" aria-labelledby="mfl-q">
        <p class="muted">{t('panelTreeProgress', [String(answered.length + 1), String(QUESTION_ORDER.length)])}</p>
        <h3 id="mfl-q" tabIndex={-1} ref={heading}>
          {t(q.titleKey)}
        </h3>
        <p class="muted">{t(q.helpKey)}</p>
        <div class="row">
          <Btn primary onClick={() => setA(answer(a, step.id, true))}>
            {t('commonYes')}
          </Btn>
          <Btn onClick={() => setA(answer(a, step.id, false))}>{t('commonNo')}</Btn>
          {backBtn}
        </div>
      </div>
    );
  }

  const p = PATHS[step.path];
  return (
    <div class="box" data-path={step.path}>
      <h3 tabIndex={-1} ref={heading}>
        {t(p.titleKey)}
      </h3>
      <p>{t(p.summaryKey)}</p>
      <p class="muted">{t(p.durationKey)}</p>
      <ol>
        {p.steps.map((s) => (
          <li key={s.id}>
            {t(s.titleKey)}
            {s.detailKey && <div class="muted">{t(s.detailKey)}</div>}
          </li>
        ))}
      </ol>
      <PathExtra ctx={ctx} path={step.path} />
      <div class="row">
        {backBtn}
        <Btn onClick={() => setA({})}>{t('panelTreeRestart')}</Btn>
      </div>
    </div>
  );
}

/** What this page adds to a path: the link to click here, what to ask whom, what to prepare. */
function PathExtra({ ctx, path }: { ctx: PanelContext; path: RecoveryPathId }): JSX.Element {
  switch (path) {
    case 'other-device':
      return <p>{t('panelOutOtherDevice')}</p>;
    case 'iam-admin':
      return (
        <>
          <p>{t('panelOutIamAsk')}</p>
          <blockquote>{t('panelOutIamMessage')}</blockquote>
        </>
      );
    case 'org-management':
      return <p>{t('panelOutOrg')}</p>;
    case 'alt-factors':
      return (
        <div class="box warn">
          <p>{t('panelOutAltLink')}</p>
          <Point ctx={ctx} target="troubleshootLink" auto />
        </div>
      );
    case 'support-documents':
      return (
        <>
          <SupportLink />
          <h3>{t('panelDocsTitle')}</h3>
          <List keys={seq('panelDocs', 4)} />
          <h3>{t('panelNotaryTitle')}</h3>
          <List keys={seq('panelNotary', 4)} />
          <p class="muted">{t('panelDocsTime')}</p>
        </>
      );
  }
}
