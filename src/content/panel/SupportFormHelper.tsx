/**
 * On AWS's lost-MFA support form: turns the phone number as written at home into the
 * international form the form needs (the worker formats it: libphonenumber stays out of the
 * content script), and says what happens after submitting.
 */
import { Component, type JSX } from 'preact';
import { currentLang, t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { PhoneCheck } from '../../shared/messages.ts';
import { phoneErrorKey } from '../../domain/phone-error-key.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, likelyCountry, List, Section, seq } from './parts.tsx';

/** Countries most users of this form call from; names come from Intl, so they cost no bytes. */
const COUNTRIES = ['JP', 'US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'IN', 'SG', 'KR', 'TW', 'HK', 'CN', 'PH', 'TH', 'VN', 'DE', 'FR', 'NL', 'ES', 'IT', 'BR', 'MX'];

interface State {
  country: string;
  input: string;
  /** The worker's answer, or null when it could not be asked. */
  res?: PhoneCheck | null;
  copied?: boolean;
}

export class SupportFormHelper extends Component<{ ctx: PanelContext }, State> {
  override state: State = { country: likelyCountry(COUNTRIES), input: '' };
  /** Answers may arrive out of order while the user types: only the newest is shown. */
  asked = 0;

  check(input: string, country: string): void {
    const n = ++this.asked;
    this.setState({ input, country, copied: undefined });
    send('cs→bg/phone:format', { input, country }).then(
      (res) => n === this.asked && this.setState({ res }),
      () => n === this.asked && this.setState({ res: null }),
    );
  }

  copy(e164: string): void {
    navigator.clipboard.writeText(e164).then(
      () => {
        this.setState({ copied: true });
        this.props.ctx.record('copied-phone-number');
      },
      () => this.setState({ copied: false }),
    );
  }

  render(_: unknown, { country, input, res, copied }: State): JSX.Element {
    const names = new Intl.DisplayNames([currentLang()], { type: 'region' });
    return (
      <>
        <p>{t('panelFormIntro')}</p>
        <label for="mfl-country">{t('panelCountryLabel')}</label>
        <select id="mfl-country" value={country} onChange={(e) => e.isTrusted && (input ? this.check(input, e.currentTarget.value) : this.setState({ country: e.currentTarget.value }))}>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {names.of(c)}
            </option>
          ))}
        </select>
        <label for="mfl-phone">{t('panelPhoneLabel')}</label>
        <input id="mfl-phone" type="tel" autoComplete="off" value={input} aria-describedby="mfl-phone-help" onInput={(e) => e.isTrusted && this.check(e.currentTarget.value, country)} />
        <p id="mfl-phone-help" class="muted">
          {t('panelPhoneHelp')}
        </p>
        <div role="status">
          {res === null && <p class="bad">{t('panelPhoneDown')}</p>}
          {res && !res.ok && <p class="bad">{t(phoneErrorKey(res.error))}</p>}
          {res?.ok && (
            <div class="box">
              <p>{t('panelPhoneResult')}</p>
              <p class="big" translate={false}>
                {res.e164}
              </p>
              <div class="row">
                <Btn onClick={() => this.copy(res.e164)}>{t(copied ? 'commonCopied' : 'commonCopy')}</Btn>
                {copied === false && <span class="muted">{t('panelCopyFailed')}</span>}
              </div>
            </div>
          )}
        </div>
        <Section k="panelAfter" n={4} />
        {/* Japanese-speaking support is a tip for people in or from Japan, not for everyone. */}
        {(country === 'JP' || currentLang() === 'ja') && <p>{t('panelJaSupport')}</p>}
        <details>
          <summary>{t('panelPhrase')}</summary>
          <List keys={seq('panelPhrase', 5)} />
        </details>
      </>
    );
  }
}
