/**
 * "Can't enter a code?": the shared lost-MFA decision tree (src/domain/recovery-tree.ts) as a
 * few yes/no questions, then the path with its steps and what this page can do about it.
 */
import { Component, createRef, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { RecoveryPathId } from '../../shared/model.ts';
import { answer, nextStep, PATHS, QUESTION_ORDER, QUESTIONS, type TreeAnswers, type TreeStep } from '../../domain/recovery-tree.ts';
import type { PanelContext } from '../panel-contract.ts';
import { send } from '../../shared/send.ts';
import { Btn, OpenLink, Point, Section, SupportLink } from './parts.tsx';

/** Progress step id of a tree step, kebab-case as stored: "tree-q-other-device", "tree-alt-factors". */
export const treeStepId = (s: TreeStep): string =>
  'tree-' + (s.kind === 'question' ? 'q-' + s.id.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) : s.path);

export class DecisionTree extends Component<{ ctx: PanelContext }, { a: TreeAnswers }> {
  override state = { a: {} as TreeAnswers };
  heading = createRef<HTMLHeadingElement>();
  shown = '';
  /** The outcome's answers being recorded as a pending recovery (issue #11: one recovery). */
  pending: Promise<unknown> = Promise.resolve();

  override componentDidMount(): void {
    this.componentDidUpdate();
  }
  override componentDidUpdate(): void {
    const step = nextStep(this.state.a);
    const id = treeStepId(step);
    if (id === this.shown) return;
    this.shown = id;
    const { ctx } = this.props;
    // An outcome is recorded with its answers, for the link page to hand over; questions as steps.
    if (step.kind === 'outcome') this.pending = send('cs→bg/recovery:pending', { page: ctx.page, answers: { ...this.state.a } });
    else ctx.record(id);
    // Keyboard and screen-reader users land on the new question, not on a vanished button.
    this.heading.current?.focus();
  }

  render({ ctx }: { ctx: PanelContext }, { a }: { a: TreeAnswers }): JSX.Element {
    const step = nextStep(a);
    const set = (next: TreeAnswers) => this.setState({ a: next });
    const answered = QUESTION_ORDER.filter((q) => a[q] !== undefined);
    const back = answered.length > 0 && (
      <Btn onClick={() => set(Object.fromEntries(answered.slice(0, -1).map((q) => [q, a[q]])))}>
        {t('commonBack')}
      </Btn>
    );

    if (step.kind === 'question') {
      const q = QUESTIONS[step.id];
      return (
        <div class="box" role="group" aria-labelledby="mfl-q">
          <p class="muted">{t('panelTreeProgress', [String(answered.length + 1), String(QUESTION_ORDER.length)])}</p>
          <h3 id="mfl-q" tabIndex={-1} ref={this.heading}>
            {t(q.titleKey)}
          </h3>
          <p class="muted">{t(q.helpKey)}</p>
          <div class="row">
            <Btn primary onClick={() => set(answer(a, step.id, true))}>
              {t('commonYes')}
            </Btn>
            <Btn onClick={() => set(answer(a, step.id, false))}>{t('commonNo')}</Btn>
            {back}
          </div>
        </div>
      );
    }

    const p = PATHS[step.path];
    return (
      <div class="box" data-path={step.path}>
        <h3 tabIndex={-1} ref={this.heading}>
          {t(p.titleKey)}
        </h3>
        <p>{t(p.summaryKey)}</p>
        <p class="muted">{t(p.durationKey)}</p>
        <PathExtra ctx={ctx} path={step.path} />
        <p>{t('panelRecoveryHandoff')}</p>
        <OpenLink primary label={t('panelLinkRecovery')} ticket={{ purpose: 'recovery' }} before={() => this.pending} />
        <ol>
          {p.steps.map((s) => (
            <li key={s.id}>
              {t(s.titleKey)}
              {s.detailKey && <div class="muted">{t(s.detailKey)}</div>}
            </li>
          ))}
        </ol>
        <div class="row">
          {back}
          <Btn onClick={() => set({})}>{t('panelTreeRestart')}</Btn>
        </div>
      </div>
    );
  }
}

/** What this page adds to a path: the link to click here, what to ask whom, what to prepare. */
function PathExtra({ ctx, path }: { ctx: PanelContext; path: RecoveryPathId }): JSX.Element | null {
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
          <Point ctx={ctx} target="troubleshootLink" auto step="pointed-troubleshoot-link" />
        </div>
      );
    case 'support-documents':
      return (
        <>
          <SupportLink />
          <Section k="panelDocs" n={4} />
          <Section k="panelNotary" n={4} />
          <p class="muted">{t('panelDocsTime')}</p>
        </>
      );
  }
  return null;
}
