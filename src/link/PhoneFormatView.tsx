import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { PhoneCheck } from '../shared/messages.ts';
import { phoneErrorKey } from '../domain/phone-error-key.ts';
import type { LinkViewProps } from './LinkPage.tsx';
import { AccountPicker, targetOf, type Pick } from './AccountPicker.tsx';
import { recordCopiedPhone, savePhone } from './writes.ts';

type Tools = typeof import('./phone-tools.ts');

/** One number in the +country form, with a button that copies it. */
function CopyNumber({ e164, label, onCopied }: { e164: string; label?: string; onCopied?: () => Promise<void> }) {
  const [copied, setCopied] = useState<boolean | undefined>();
  const [noted, setNoted] = useState(true);
  useEffect(() => setCopied(undefined), [e164]);
  const copy = () =>
    navigator.clipboard.writeText(e164).then(
      () => {
        setCopied(true);
        onCopied?.().then(() => setNoted(true), () => setNoted(false));
      },
      () => setCopied(false),
    );
  return (
    <div class="row" data-e164={e164}>
      {label && <span>{label}</span>}
      <b class="big" translate={false}>
        {e164}
      </b>
      {/* Several copy buttons on one page: each names its number for screen readers. */}
      <button type="button" aria-label={`${t(copied ? 'commonCopied' : 'commonCopy')} ${e164}`} onClick={() => void copy()}>
        {t(copied ? 'commonCopied' : 'commonCopy')}
      </button>
      {copied === false && <span class="error">{t('linkPhoneCopyFailed')}</span>}
      {!noted && <span class="error">{t('linkPhoneTimelineFailed')}</span>}
    </div>
  );
}

/**
 * Keeping a converted number with an account: only on the user's explicit save, as one patch of
 * that account (or a new one) in one transaction.
 */
function KeepNumber({ accounts, e164, country, reload }: { accounts: LinkViewProps['state']['accounts']; e164: string; country: string; reload: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [pick, setPick] = useState<Pick>(null);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<boolean | undefined>();
  useEffect(() => setSaved(undefined), [e164]);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('linkPhoneKeep')}
      </button>
    );
  const save = async () => {
    const target = targetOf(pick);
    if (typeof target === 'string') return setError(target);
    setError(undefined);
    try {
      const { key } = await savePhone(target, { e164, country });
      setSaved(true);
      setPick({ key });
      await reload();
    } catch {
      setSaved(false);
    }
  };
  return (
    <div class="stack">
      <AccountPicker accounts={accounts} pick={pick} onPick={(p) => (setPick(p), setSaved(undefined))} {...(error ? { error } : {})} />
      <button type="button" class="primary" onClick={() => void save()}>
        {t('linkPhoneKeepSave')}
      </button>
      {saved && <p class="notice ok">{t('linkSaved')}</p>}
      {saved === false && <p class="notice bad">{t('linkSaveFailed')}</p>}
    </div>
  );
}

/**
 * The support form's phone helper (issue #9): the form needs the number in international form.
 * The user picks one of their saved accounts' numbers (stored in E.164 already) or types one with
 * its country and copies the result. It runs in the extension's origin, so no key typed here
 * reaches the AWS page. Nothing typed is stored unless the user saves it to an account.
 */
export function PhoneFormatView({ state, reload }: LinkViewProps) {
  const [tools, setTools] = useState<Tools | null | undefined>();
  const [country, setCountry] = useState('');
  const [input, setInput] = useState('');
  useEffect(() => {
    import('./phone-tools.ts').then(
      (m) => {
        setCountry(m.startCountry());
        setTools(m);
      },
      () => setTools(null),
    );
  }, []);
  const saved = state.accounts.filter((a) => a.phoneE164);
  // One timeline note per account while this tab is open: copying twice is still one step taken.
  const noted = useRef(new Set<string>());
  const noteCopied = (key: string) => () => {
    if (noted.current.has(key)) return Promise.resolve();
    noted.current.add(key);
    return recordCopiedPhone(key).catch((e: unknown) => {
      noted.current.delete(key);
      throw e;
    });
  };
  const res: PhoneCheck | undefined = tools && input ? tools.checkPhone(input, country) : undefined;

  return (
    <section class="stack">
      <h2>{t('linkPhoneTitle')}</h2>
      <p>{t('linkPhoneIntro')}</p>
      <h3>{t('linkPhoneSaved')}</h3>
      {saved.length ? (
        <ul class="plain">
          {saved.map((a) => (
            <li key={a.key} class="card">
              <CopyNumber e164={a.phoneE164!} label={a.label} onCopied={noteCopied(a.key)} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('linkPhoneNoneSaved')}</p>
      )}
      <h3>{t('linkPhoneType')}</h3>
      {tools === null && <p class="notice bad" role="alert">{t('linkPhoneDown')}</p>}
      {tools && (
        <div class="card stack">
          <label for="link-phone-country">{t('linkPhoneCountry')}</label>
          <select id="link-phone-country" value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
            {tools.countryChoices().map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <label for="link-phone-input">{t('linkPhoneNumber')}</label>
          <input id="link-phone-input" type="tel" autoComplete="off" value={input} aria-describedby="link-phone-help" onInput={(e) => setInput(e.currentTarget.value)} />
          <p id="link-phone-help" class="muted small">
            {t('linkPhoneNotStored')}
          </p>
          <div role="status">
            {res && !res.ok && <p class="error">{t(phoneErrorKey(res.error))}</p>}
            {res?.ok && (
              <>
                <p>{t('linkPhoneResult')}</p>
                <CopyNumber e164={res.e164} />
              </>
            )}
          </div>
          {/* The country the user picked, unless they typed +country (07911… is Guernsey's range to libphonenumber, yet picked as the UK). */}
          {res?.ok && <KeepNumber accounts={state.accounts} e164={res.e164} country={(/^\s*[+＋]/.test(input) ? res.country : country) ?? country} reload={reload} />}
        </div>
      )}
    </section>
  );
}
