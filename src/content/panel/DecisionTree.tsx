/**
 * "Can't enter a code?": the shared lost-MFA decision tree (src/domain/recovery-tree.ts) as a
 * few questions, then the outcome (Outcome.tsx): the next thing first, the rest behind details.
 * The worker answers each step from the answers so far (cs→bg/recovery:step): the tree's table
 * stays out of the page-injected script, and the panel it opens in is already on screen.
 */
import { Component, createRef, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { TreeAnswerList, TreeStepView } from '../../shared/messages.ts';
import type { PanelContext } from '../panel-contract.ts';
import { send } from '../../shared/send.ts';
import { Btn, OpenLink } from './parts.tsx';
import { Outcome } from './Outcome.tsx';

/** Progress step id of a tree step, kebab-case as stored: "tree-q-other-device", "tree-alt-factors". */
export const treeStepId = (s: TreeStepView): string =>
  'tree-' + (s.kind === 'question' ? 'q-' + s.id.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) : s.path);

interface State {
  a: TreeAnswerList;
  /** The worker's answer for `a`; null when it could not be asked. */
  step?: TreeStepView | null;
}

export class DecisionTree extends Component<{ ctx: PanelContext }, State> {
  override state: State = { a: [] };
  heading = createRef<HTMLHeadingElement>();
  shown = '';
  /** Only the newest question asked is shown (a fast double click asks twice). */
  asked = 0;
  /** The outcome's answers being recorded as a pending recovery (issue #11: one recovery). */
  pending: Promise<unknown> = Promise.resolve();

  /** Asks the worker for the step after answers `a`; the answers and their step change together. */
  go(a: TreeAnswerList): void {
    const n = ++this.asked;
    send('cs→bg/recovery:step', { answers: a }).then(
      ({ step }) => n === this.asked && this.setState({ a, step }),
      () => n === this.asked && this.setState({ step: null }),
    );
  }

  override componentDidMount(): void {
    this.go([]);
  }
  override componentDidUpdate(): void {
    const { step, a } = this.state;
    if (!step) return;
    const id = treeStepId(step);
    if (id === this.shown) return;
    this.shown = id;
    const { ctx } = this.props;
    // An outcome is recorded with its answers, for the link page to hand over; questions as steps.
    if (step.kind === 'outcome') this.pending = send('cs→bg/recovery:pending', { page: ctx.page, answers: Object.fromEntries(a) });
    else ctx.record(id);
    // Keyboard and screen-reader users land on the new question, not on a vanished button.
    this.heading.current?.focus();
  }

  render({ ctx }: { ctx: PanelContext }, { a, step }: State): JSX.Element | null {
    if (step === null) return <p class="bad">{t('panelWorkerDown')}</p>;
    if (!step) return null;
    const back = a.length > 0 && <Btn onClick={() => this.go(a.slice(0, -1))}>{t('commonBack')}</Btn>;

    if (step.kind === 'question') {
      return (
        <div class="box" role="group" aria-labelledby="mfl-q">
          {/* The longest walk has every question; most end sooner. */}
          <p class="muted">{t('panelTreeProgress', [String(step.n), String(step.of)])}</p>
          <h3 id="mfl-q" tabIndex={-1} ref={this.heading}>
            {t(step.titleKey)}
          </h3>
          <p class="muted">{t(step.helpKey)}</p>
          <div class="row">
            {step.options.map((o, i) => (
              <Btn key={String(o.value)} primary={i === 0} onClick={() => this.go([...a, [step.id, o.value]])}>
                {t(o.labelKey)}
              </Btn>
            ))}
            {back}
          </div>
        </div>
      );
    }

    return (
      <Outcome ctx={ctx} step={step} heading={(el) => (this.heading.current = el)}>
        {/* One recovery, wherever it started: the user picks the account in an extension tab. */}
        <OpenLink primary label={t('panelLinkRecovery')} ticket={{ purpose: 'recovery' }} before={() => this.pending} />
        {back}
        <Btn onClick={() => this.go([])}>{t('panelTreeRestart')}</Btn>
      </Outcome>
    );
  }
}
