/**
 * One outcome of the decision tree, "the next thing first": the path's title, one sentence and
 * one action, the duration, at most three steps and what AWS asks next; every other step, each
 * step's detail and the path's extra help sit behind "details" (recovery-tree.ts outcomeKeys()).
 * The path's data comes from the worker with the step (cs→bg/recovery:step).
 *
 * `children` go in the outcome's button row, after its own buttons: the place for more actions
 * on an outcome (for example "continue in the extension").
 */
import { Component, type ComponentChildren, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { TreeStepView } from '../../shared/messages.ts';
import type { OutcomeAction } from '../../domain/recovery-tree.ts';
import { ACCOUNT_PAGE_URL, SECURITY_CREDENTIALS_URL, SUPPORT_FORM_URL } from '../../site/aws-urls.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, Point } from './parts.tsx';

const LINKS = { 'support-form': SUPPORT_FORM_URL, 'account-page': ACCOUNT_PAGE_URL, 'security-credentials': SECURITY_CREDENTIALS_URL } as const;

const POINT_STEP = { troubleshootLink: 'pointed-troubleshoot-link', tryAnotherMethod: 'pointed-try-another-method' } as const;

interface OutcomeProps {
  ctx: PanelContext;
  step: Extract<TreeStepView, { kind: 'outcome' }>;
  heading: (el: HTMLHeadingElement | null) => void;
  children?: ComponentChildren;
}

export function Outcome({ ctx, step: { path, view: p, shown }, heading, children }: OutcomeProps): JSX.Element {
  const first = p.steps.slice(0, shown);
  return (
    <div class="box" data-path={path}>
      <h3 tabIndex={-1} ref={heading}>
        {t(p.titleKey)}
      </h3>
      <p>{t(p.nowKey)}</p>
      <Action ctx={ctx} action={p.action} labelKey={p.actionKey} />
      <p class="muted">{t(p.durationKey)}</p>
      <ol class="steps">
        {first.map((s) => (
          <li key={s.id}>{t(s.titleKey)}</li>
        ))}
      </ol>
      <p class="muted">{t(p.afterKey)}</p>
      <details>
        <summary>{t('recoveryOutcomeDetails')}</summary>
        {p.action.kind === 'copy' && <blockquote>{t(p.action.messageKey)}</blockquote>}
        <ol>
          {p.steps.map((s, i) => (
            <li key={s.id} value={i + 1}>
              {i >= shown && <b>{t(s.titleKey)}</b>}
              {s.detailKey && <div class={i >= shown ? 'muted' : undefined}>{t(s.detailKey)}</div>}
            </li>
          ))}
        </ol>
        {(p.extraKeys ?? []).map((k) => (
          <p key={k}>{t(k)}</p>
        ))}
      </details>
      <div class="row">{children}</div>
    </div>
  );
}

/** The outcome's one action: a ring on this page, a link to AWS, or a request copied for an administrator. */
function Action({ ctx, action, labelKey }: { ctx: PanelContext; action: OutcomeAction; labelKey: string }): JSX.Element {
  switch (action.kind) {
    case 'point':
      return (
        <div class="box warn">
          <p>{t(labelKey)}</p>
          <Point ctx={ctx} target={action.target} auto step={POINT_STEP[action.target]} />
        </div>
      );
    case 'link':
      return (
        <p>
          <a href={LINKS[action.to]} target="_blank" rel="noopener noreferrer">
            {t(labelKey)}
          </a>
        </p>
      );
    case 'copy':
      return <CopyButton textKey={action.messageKey} labelKey={labelKey} />;
  }
}

class CopyButton extends Component<{ textKey: string; labelKey: string }, { copied?: boolean }> {
  render({ textKey, labelKey }: { textKey: string; labelKey: string }, { copied }: { copied?: boolean }): JSX.Element {
    return (
      <div class="row">
        <Btn
          primary
          onClick={() =>
            navigator.clipboard.writeText(t(textKey)).then(
              () => this.setState({ copied: true }),
              () => this.setState({ copied: false }),
            )
          }
        >
          {t(copied ? 'commonCopied' : labelKey)}
        </Btn>
        {copied === false && <span class="muted">{t('panelCopyFailed')}</span>}
      </div>
    );
  }
}
