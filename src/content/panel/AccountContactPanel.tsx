/**
 * Console Account page: confirm in one click that the contact phone shown is still the user's.
 * The worker compares the account ID and the number this page shows with what is stored and
 * marks the phone verified only when both match; the panel learns a status, never a stored value
 * (issue #9). Anything needing stored data (which account, both numbers side by side, updating
 * the saved number) happens on the link page, an extension page in its own tab.
 */
import { Component, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { AccountStatus, PhoneCheck, PhoneVerdict } from '../../shared/messages.ts';
import { phoneErrorKey } from '../../domain/phone-error-key.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, OpenLink, STATUS } from './parts.tsx';

interface State {
  /** Whether the number shown is in the "+country" form AWS's call needs. */
  format?: PhoneCheck;
  status?: AccountStatus;
  result?: { account: AccountStatus; phone?: PhoneVerdict; recorded: boolean };
  down?: boolean;
}

const VERDICT: Partial<Record<PhoneVerdict, string>> = {
  differs: 'panelContactDiffers',
  'none-stored': 'panelContactNoneStored',
  unreadable: 'panelContactUnreadable',
};

export class AccountContactPanel extends Component<{ ctx: PanelContext }, State> {
  shown = this.props.ctx.readText('contactPhoneShown');

  /** What the page shows, read again each time: the console renders its sections late. */
  seen(): { accountIdOnPage?: string; phoneShown?: string } {
    const { ctx } = this.props;
    this.shown = ctx.readText('contactPhoneShown') ?? this.shown;
    const id = ctx.readText('accountIdShown');
    return { ...(id ? { accountIdOnPage: id } : {}), ...(this.shown ? { phoneShown: this.shown } : {}) };
  }

  override componentDidMount(): void {
    const { accountIdOnPage } = this.seen();
    // The worker checks the number as shown: it must already be in the +country form.
    if (this.shown) send('cs→bg/phone:format', { input: this.shown }).then((format) => this.setState({ format }), () => undefined);
    send('cs→bg/console:status', accountIdOnPage ? { accountIdOnPage } : {}).then(
      ({ account }) => this.setState({ status: account }),
      () => this.setState({ down: true }),
    );
  }

  confirm(): void {
    send('cs→bg/console:confirm-contact', this.seen()).then(
      ({ account, phone, recorded, format }) =>
        this.setState({ result: { account, recorded, ...(phone ? { phone } : {}) }, status: account, ...(format ? { format } : {}) }),
      () => this.setState({ down: true }),
    );
  }

  render(_: { ctx: PanelContext }, { format, status, result, down }: State): JSX.Element {
    const link = result && !result.recorded;
    const listed = result?.account === 'in-list';
    return (
      <>
        <p>{t('panelContactIntro')}</p>
        {this.shown ? (
          <p>
            {t('panelContactShown')} <b translate={false}>{this.shown}</b>
          </p>
        ) : (
          <p class="muted">{t('panelContactNoPhone')}</p>
        )}
        {format && !format.ok && (
          <div class="box warn" role="alert">
            <p>{t(phoneErrorKey(format.error))}</p>
            <p>{t('panelContactFix')}</p>
          </div>
        )}
        {format?.ok && <p class="ok">{t('panelContactIntlOk')}</p>}
        {status && <p class="muted">{t(STATUS[status])}</p>}
        <div class="row">
          <Btn primary disabled={!this.shown || !!result?.recorded} onClick={() => this.confirm()}>
            {t('panelContactConfirm')}
          </Btn>
        </div>
        <div role="status">
          {result?.recorded && <p class="ok">{t('panelContactDone')}</p>}
          {link && <p class="box warn">{t((listed && result.phone && VERDICT[result.phone]) || 'panelContactNotListed')}</p>}
          {down && <p class="bad">{t('panelWorkerDown')}</p>}
        </div>
        {link && (
          <OpenLink
            primary
            label={t(listed ? 'panelLinkCompare' : 'panelLinkChoose')}
            ticket={{ purpose: 'contact', ...this.seen() }}
          />
        )}
      </>
    );
  }
}
