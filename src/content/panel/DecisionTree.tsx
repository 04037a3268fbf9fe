/**
 * "Can't enter a code?": the shared lost-MFA decision tree (src/domain/recovery-tree.ts) as a
 * few questions, then the outcome (Outcome.tsx): the next thing first, the rest behind details.
 */
import { Component, createRef, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { answer, askedSoFar, nextStep, QUESTION_ORDER, QUESTIONS, withoutLast, type TreeAnswers, type TreeStep } from '../../domain/recovery-tree.ts';
import type { PanelContext } from '../panel-contract.ts';
import { send } from '../../shared/send.ts';
import { Btn, OpenLink } from './parts.tsx';
import { Outcome } from './Outcome.tsx';

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
    const asked = askedSoFar(a);
    const back = asked.length > 0 && <Btn onClick={() => set(withoutLast(a))}>{t('commonBack')}</Btn>;

    if (step.kind === 'question') {
      const q = QUESTIONS[step.id];
      return (
        <div class="box" role="group" aria-labelledby="mfl-q">
          {/* The longest walk has every question; most end sooner. */}
          <p class="muted">{t('panelTreeProgress', [String(asked.length + 1), String(QUESTION_ORDER.length)])}</p>
          <h3 id="mfl-q" tabIndex={-1} ref={this.heading}>
            {t(q.titleKey)}
          </h3>
          <p class="muted">{t(q.helpKey)}</p>
          <div class="row">
            {q.options.map((o, i) => (
              <Btn key={String(o.value)} primary={i === 0} onClick={() => set(answer(a, step.id, o.value))}>
                {t(o.labelKey)}
              </Btn>
            ))}
            {back}
          </div>
        </div>
      );
    }

    return (
      <Outcome ctx={ctx} path={step.path} heading={(el) => (this.heading.current = el)}>
        {/* One recovery, wherever it started: the user picks the account in an extension tab. */}
        <OpenLink primary label={t('panelLinkRecovery')} ticket={{ purpose: 'recovery' }} before={() => this.pending} />
        {back}
        <Btn onClick={() => set({})}>{t('panelTreeRestart')}</Btn>
      </Outcome>
    );
  }
}
