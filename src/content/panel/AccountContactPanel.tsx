/**
 * Console Account page: confirm in one click that the contact phone and e-mail shown are still
 * the user's (the worker records the date for the chosen account), and say plainly when the
 * phone is not stored in the international form AWS's recovery call needs.
 */
import { Component, type JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { PhoneCheck } from '../../shared/messages.ts';
import { phoneErrorKey } from '../../domain/phone-error-key.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, WithAccount } from './parts.tsx';

interface State {
  phone?: PhoneCheck;
  /** true: recorded; false: the worker could not record it. */
  done?: boolean;
}

export class AccountContactPanel extends Component<{ ctx: PanelContext }, State> {
  shown = this.props.ctx.readText('contactPhoneShown');

  override componentDidMount(): void {
    // An empty country asks for the as-shown-on-AWS check: the number must already be +country.
    if (this.shown) send('cs→bg/phone:format', { input: this.shown, country: '' }).then((phone) => this.setState({ phone }), () => undefined);
  }

  confirm(accountKey: string): void {
    // Read again: the console renders its sections late, and the user may have edited the number.
    this.shown = this.props.ctx.readText('contactPhoneShown') ?? this.shown;
    send('cs→bg/console:confirm-contact', { accountKey, ...(this.shown ? { phoneShown: this.shown } : {}) }).then(
      ({ recorded, phone }) => this.setState({ done: recorded, ...(phone ? { phone } : {}) }),
      () => this.setState({ done: false }),
    );
  }

  render({ ctx }: { ctx: PanelContext }, { phone, done }: State): JSX.Element {
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
        {phone && !phone.ok && (
          <div class="box warn" role="alert">
            <p>{t(phoneErrorKey(phone.error))}</p>
            <p>{t('panelContactFix')}</p>
          </div>
        )}
        {phone?.ok && <p class="ok">{t('panelContactIntlOk')}</p>}
        <WithAccount ctx={ctx}>
          {(key) => (
            <div class="row">
              <Btn primary disabled={!key || done} onClick={() => this.confirm(key)}>
                {t('panelContactConfirm')}
              </Btn>
            </div>
          )}
        </WithAccount>
        <div role="status">
          {done && <p class="ok">{t('panelContactDone')}</p>}
          {done === false && <p class="bad">{t('panelWorkerDown')}</p>}
        </div>
      </>
    );
  }
}
