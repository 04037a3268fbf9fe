/**
 * On AWS's lost-MFA support form: turns the phone number as written at home into the
 * international form the form needs (the worker formats it: libphonenumber stays out of the
 * content script), and says what happens after submitting.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { currentLang, t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { PhoneCheck } from '../../shared/messages.ts';
import { phoneErrorKey } from '../../domain/phone-error-key.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn, List, seq } from './parts.tsx';

/** Countries most users of this form call from; names come from Intl, so they cost no bytes. */
const COUNTRIES = ['JP', 'US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'IN', 'SG', 'KR', 'TW', 'HK', 'CN', 'PH', 'TH', 'VN', 'DE', 'FR', 'NL', 'ES', 'IT', 'BR', 'MX'];

function defaultCountry(): string {
  if (currentLang() === 'ja') return 'JP';
  const region = /-([A-Z]{2})\b/.exec(navigator.language)?.[1];
  return region && COUNTRIES.includes(region) ? region : 'US';
}

export function SupportFormHelper({ ctx }: { ctx: PanelContext }): JSX.Element {
  const [country, setCountry] = useState(defaultCountry);
  const [input, setInput] = useState('');
  const [res, setRes] = useState<PhoneCheck | 'down' | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const latest = useRef(0);
  const names = new Intl.DisplayNames([currentLang()], { type: 'region' });

  // Answers may arrive out of order while typing: only the newest one is shown.
  const check = (value: string, c: string, always?: boolean) => {
    setInput(value);
    setCopied(null);
    const n = ++latest.current;
    if (!always && !value.trim()) return setRes(null);
    send('cs→bg/phone:format', { input: value, country: c }).then(
      (r) => n === latest.current && setRes(r),
      () => n === latest.current && setRes('down'),
    );
  };
  const copy = (e164: string) =>
    navigator.clipboard.writeText(e164).then(
      () => {
        setCopied(true);
        ctx.record('copied-phone');
      },
      () => setCopied(false),
    );

  return (
    <>
      <p>{t('panelFormIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (e.isTrusted) check(input, country, true);
        }}
      >
        <label for="mfl-country">{t('panelCountryLabel')}</label>
        <select id="mfl-country" value={country} onChange={(e) => (setCountry(e.currentTarget.value), check(input, e.currentTarget.value))}>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {names.of(c)}
            </option>
          ))}
        </select>
        <label for="mfl-phone">{t('panelPhoneLabel')}</label>
        <input id="mfl-phone" type="tel" inputMode="tel" autoComplete="off" spellcheck={false} value={input} aria-describedby="mfl-phone-help mfl-phone-out" onInput={(e) => check(e.currentTarget.value, country)} />
        <p id="mfl-phone-help" class="muted">
          {t('panelPhoneHelp')}
        </p>
        <div class="row">
          <button type="submit">{t('panelPhoneConvert')}</button>
        </div>
      </form>
      <div id="mfl-phone-out" role="status" aria-live="polite">
        {res === 'down' && <p class="bad">{t('panelPhoneDown')}</p>}
        {res && res !== 'down' && !res.ok && <p class="bad">{t(phoneErrorKey(res.error))}</p>}
        {res && res !== 'down' && res.ok && (
          <div class="box">
            <p>{t('panelPhoneResult')}</p>
            <p class="big" translate={false}>
              {res.e164}
            </p>
            <p class="muted">{res.international}</p>
            <div class="row">
              <Btn onClick={() => copy(res.e164)}>{copied ? t('commonCopied') : t('commonCopy')}</Btn>
              {copied === false && <span class="muted">{t('panelCopyFailed')}</span>}
            </div>
          </div>
        )}
      </div>
      <h3>{t('panelAfterTitle')}</h3>
      <List keys={seq('panelAfter', 4)} />
      <p>{t('panelJaSupport')}</p>
      <details>
        <summary>{t('panelPhrasesTitle')}</summary>
        <List keys={seq('panelPhrase', 5)} />
      </details>
    </>
  );
}
