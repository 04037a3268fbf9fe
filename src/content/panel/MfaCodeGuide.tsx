import { Component, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, List, Point, seq } from './parts.tsx';
import { DecisionTree } from './DecisionTree.tsx';

/** "Can't enter a code?": opens the decision tree in place of the button. */
export class TreeLauncher extends Component<{ ctx: PanelContext }, { open?: boolean }> {
  render({ ctx }: { ctx: PanelContext }, { open }: { open?: boolean }): JSX.Element {
    return open ? (
      <DecisionTree ctx={ctx} />
    ) : (
      <div class="row">
        <Btn primary onClick={() => this.setState({ open: true })}>
          {t('panelCantEnter')}
        </Btn>
      </div>
    );
  }
}

/** The MFA code step: what to do when there is no code to type, or the code is refused. */
export const MfaCodeGuide = ({ ctx }: { ctx: PanelContext }): JSX.Element => (
  <>
    <p>{t('panelCodeIntro')}</p>
    <TreeLauncher ctx={ctx} />
    {/* Another registered device or passkey: AWS's own "Try another MFA method", ringed on demand. */}
    <p class="muted">{t('panelTryAnother')}</p>
    <Point ctx={ctx} target="tryAnotherMethod" step="pointed-try-another-method" />
    <details>
      {/* Recorded on the user's own click: a page script can open the details (and its toggle is trusted). */}
      <summary onClick={(e) => e.isTrusted && !(e.currentTarget.parentElement as HTMLDetailsElement).open && ctx.record('opened-codes-failing')}>{t('panelDrift')}</summary>
      <List keys={seq('panelDrift', 4)} />
    </details>
  </>
);
