import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { currentLang, t } from '../shared/i18n.ts';
import type { Account, MfaDeviceKind } from '../shared/model.ts';
import { addAccount, diffAccount, patchAccount } from '../shared/db/repo.ts';
import { MFA_DEVICE_KINDS, validateAccount, type AccountErrors, type AccountInput } from '../domain/account-validation.ts';
import { LIMITS } from '../domain/limits.ts';
import { Heading } from '../ui/Heading.tsx';
import { href } from './route.ts';
import { countryChoices, defaultCountry } from '../ui/country-choices.ts';
import { deviceKindKey } from '../ui/device-kinds.ts';
import { phoneCountryOf } from '../domain/preferred-country.ts';
import type { ViewProps } from './types.ts';

function toInput(a: Account | undefined): AccountInput {
  return {
    label: a?.label ?? '',
    accountId: a?.accountId ?? '',
    rootEmail: a?.rootEmail ?? '',
    // Shown as stored (international); the user may retype it as at home.
    phone: a?.phoneE164 ?? '',
    phoneCountry: a?.phoneCountry ?? defaultCountry(),
    orgMember: a?.orgMember ?? false,
    mfaDevices: a?.mfaDevices.map((d) => ({ ...d })) ?? [],
  };
}

/** Add (no account) or edit an account. Nothing is saved until every field is valid. */
export function AccountForm({ account, write, then }: ViewProps & { account?: Account; then?: 'recover' }) {
  // The account as the form showed it: Save sends only what the user changed from this, so a
  // phone confirmation or devices recorded elsewhere while the form was open are kept.
  const [shown] = useState(account);
  const [input, setInput] = useState<AccountInput>(() => toInput(account));
  const [errors, setErrors] = useState<AccountErrors>({});
  const summary = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const lockedOut = then === 'recover' && !account;
  // The country follows an international number as it is typed, until the user picks one.
  const [countryPicked, setCountryPicked] = useState(!!account?.phoneCountry);
  useEffect(() => {
    // Someone locked out starts typing at once: focus the name field, not the heading.
    if (lockedOut) first.current?.focus();
  }, []);
  const countries = useMemo(countryChoices, []);
  const set = <K extends keyof AccountInput>(k: K, v: AccountInput[K]) => setInput((i) => ({ ...i, [k]: v }));
  const setDevice = (i: number, patch: Partial<AccountInput['mfaDevices'][number]>) =>
    set('mfaDevices', input.mfaDevices.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const r = validateAccount(input, { now: new Date().toISOString(), newKey: () => crypto.randomUUID(), ...(account ? { previous: account } : {}) });
    if (!r.ok) {
      setErrors(r.errors);
      // Say what is wrong where focus is; each field also carries its own message.
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    setErrors({});
    let saved: boolean;
    if (account && shown) {
      // Diff two validated accounts, so normalising (trimming, phone format) is not a change.
      const base = validateAccount(toInput(shown), { now: shown.updatedAt, newKey: () => shown.key, previous: shown });
      const patch = diffAccount(base.ok ? base.account : shown, r.account);
      saved = await write(() => patchAccount(account.key, patch));
    } else {
      saved = await write(() => addAccount(r.account));
    }
    // On failure the popup says why; the form stays, with everything the user typed.
    if (saved) location.hash = href({ name: then === 'recover' ? 'recover' : 'account', key: r.account.key });
  };

  const err = (field: string) =>
    errors[field] ? (
      <p class="error" id={`err-${field}`}>{t(errors[field])}</p>
    ) : null;
  const described = (field: string, hint?: string) => [hint, errors[field] ? `err-${field}` : null].filter(Boolean).join(' ') || undefined;
  const errorCount = Object.keys(errors).length;

  // What someone locked out can fill in later: folded away for them, so Save shows at once.
  const optionalFields = (
    <>
      <label for="f-id">{t('popupFieldAccountId')}</label>
      <p class="hint" id="h-id">{t('popupFieldAccountIdHint')}</p>
      <input id="f-id" type="text" inputMode="numeric" autoComplete="off" value={input.accountId} aria-invalid={!!errors.accountId} aria-describedby={described('accountId', 'h-id')} onInput={(e) => set('accountId', e.currentTarget.value)} />
      {err('accountId')}

      <label for="f-email">{t('popupFieldRootEmail')}</label>
      <input id="f-email" type="email" autoComplete="off" value={input.rootEmail} aria-invalid={!!errors.rootEmail} aria-describedby={described('rootEmail')} onInput={(e) => set('rootEmail', e.currentTarget.value)} />
      {err('rootEmail')}

      <label class="inline">
        <input type="checkbox" checked={input.orgMember} onChange={(e) => set('orgMember', e.currentTarget.checked)} />
        {t('popupFieldOrgMember')}
      </label>

      <fieldset class="card">
        <legend>{t('popupFieldDevices')}</legend>
        <p class="hint">{t('popupFieldDevicesHint')}</p>
        {input.mfaDevices.map((d, i) => (
          <div class="device" key={d.id}>
            <div>
              <label for={`f-kind-${i}`}>{t('popupDeviceKind')}</label>
              <select id={`f-kind-${i}`} value={d.kind} aria-invalid={!!errors[`device-${i}-kind`]} onChange={(e) => setDevice(i, { kind: e.currentTarget.value })}>
                {MFA_DEVICE_KINDS.map((k) => (
                  <option key={k} value={k}>{t(deviceKindKey(k as MfaDeviceKind))}</option>
                ))}
              </select>
              {err(`device-${i}-kind`)}
            </div>
            <div>
              <label for={`f-where-${i}`}>{t('popupDeviceWhere')}</label>
              <input id={`f-where-${i}`} type="text" value={d.where} aria-invalid={!!errors[`device-${i}-where`]} aria-describedby={described(`device-${i}-where`)} onInput={(e) => setDevice(i, { where: e.currentTarget.value })} />
              {err(`device-${i}-where`)}
            </div>
            <button type="button" aria-label={t('popupDeviceRemove', String(i + 1))} onClick={() => set('mfaDevices', input.mfaDevices.filter((_, j) => j !== i))}>✕</button>
          </div>
        ))}
        {err('devices')}
        {input.mfaDevices.length < LIMITS.devices && (
          <button type="button" onClick={() => set('mfaDevices', [...input.mfaDevices, { id: crypto.randomUUID(), kind: 'authenticator-app', where: '' }])}>
            {t('popupDeviceAdd')}
          </button>
        )}
        <p class="hint">{t('popupNoSecretsHint')}</p>
      </fieldset>

    </>
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      {lockedOut ? <h2>{t('popupAddAccountTitle')}</h2> : <Heading>{account ? t('popupEditAccountTitle') : t('popupAddAccountTitle')}</Heading>}
      {then === 'recover' && <p class="notice">{t('popupLockedOutFormNote')}</p>}
      {account && shown && account.updatedAt !== shown.updatedAt && <p class="notice" role="status">{t('storeChangedElsewhere')}</p>}
      {errorCount > 0 && (
        <div class="notice bad" role="alert" tabIndex={-1} ref={summary}>
          {t('popupFormHasErrors', String(errorCount))}
        </div>
      )}

      <label for="f-label">{t('popupFieldLabel')}</label>
      {/* Someone locked out has the note above instead; the hint would push Save below the fold. */}
      {!lockedOut && <p class="hint" id="h-label">{t('popupFieldLabelHint')}</p>}
      <input ref={first} id="f-label" type="text" required maxLength={LIMITS.label * 2} value={input.label} aria-invalid={!!errors.label} aria-describedby={described('label', lockedOut ? undefined : 'h-label')} onInput={(e) => set('label', e.currentTarget.value)} />
      {err('label')}

      <label for="f-phone">{t('popupFieldPhone')}</label>
      <p class="hint" id="h-phone">{t(lockedOut || currentLang() !== 'ja' ? 'calmPhoneHint' : 'popupFieldPhoneHint')}</p>
      <input id="f-phone" type="tel" autoComplete="off" value={input.phone} aria-invalid={!!errors.phone} aria-describedby={described('phone', 'h-phone')} onInput={(e) => {
          const v = e.currentTarget.value;
          const c = countryPicked ? undefined : phoneCountryOf(v);
          setInput((i) => ({ ...i, phone: v, ...(c ? { phoneCountry: c } : {}) }));
        }} />
      {err('phone')}

      <label for="f-country">{t('popupFieldCountry')}</label>
      <select id="f-country" value={input.phoneCountry} onChange={(e) => {
          setCountryPicked(true);
          set('phoneCountry', e.currentTarget.value);
        }}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>{c.name}</option>
        ))}
      </select>
      {lockedOut ? (
        <details class="card">
          <summary>{t('calmMoreDetails')}</summary>
          {optionalFields}
        </details>
      ) : (
        optionalFields
      )}

      <div class="row">
        <button type="submit" class="primary">{t('commonSave')}</button>
        <a class="button" href={account ? href({ name: 'account', key: account.key }) : href({ name: 'home' })}>{t('commonCancel')}</a>
      </div>
    </form>
  );
}
