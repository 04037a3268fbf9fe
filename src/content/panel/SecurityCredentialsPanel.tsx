/**
 * Console Security credentials page: AWS allows up to eight MFA devices per user, and MFA
 * Lifeline wants to know which ones the user has. Where each is kept is a private note, so it is
 * typed on the link page (an extension page), never into this AWS page (issue #9): the panel
 * says whether this account is in the user's list and opens that page.
 */
import { Component, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { AccountStatus } from '../../shared/messages.ts';
import type { PanelContext } from '../panel-contract.ts';
import { OpenLink, STATUS } from './parts.tsx';

export class SecurityCredentialsPanel extends Component<{ ctx: PanelContext }, { status?: AccountStatus; down?: boolean }> {
  id = this.props.ctx.readText('accountIdShown');

  override componentDidMount(): void {
    send('cs→bg/console:status', this.id ? { accountIdOnPage: this.id } : {}).then(
      ({ account }) => this.setState({ status: account }),
      () => this.setState({ down: true }),
    );
  }

  render(_: { ctx: PanelContext }, { status, down }: { status?: AccountStatus; down?: boolean }): JSX.Element {
    const id = this.props.ctx.readText('accountIdShown') ?? this.id;
    return (
      <>
        <p>{t('panelSecIntro')}</p>
        <p class="muted">{t('panelSecTwo')}</p>
        {status && <p class="muted">{t(STATUS[status])}</p>}
        {down && <p class="bad">{t('panelWorkerDown')}</p>}
        <OpenLink primary label={t('panelLinkDevices')} ticket={{ purpose: 'devices', ...(id ? { accountIdOnPage: id } : {}) }} />
      </>
    );
  }
}
