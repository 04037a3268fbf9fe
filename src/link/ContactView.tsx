import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { comparePhone, matchAccount, readShownPhone } from '../domain/contact-compare.ts';
import { AccountPicker, targetOf, type Pick } from './AccountPicker.tsx';
import { saveContact } from './writes.ts';
import type { LinkViewProps } from './LinkPage.tsx';

const VERDICT = { same: 'linkSame', differs: 'linkDiffers', 'none-stored': 'linkDiffers', unreadable: 'linkUnreadable', 'none-shown': 'linkNoneShown' } as const;

/**
 * The console Account page's number beside the one the user saved, for the account the page
 * shows (or the one the user picks): mark it checked when they agree, or save AWS's number.
 */
export function ContactView({ ticket, state, reload }: LinkViewProps) {
  const match = matchAccount(state.accounts, ticket.accountIdOnPage);
  const [pick, setPick] = useState<Pick>(match.status === 'in-list' ? { key: match.key } : null);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<boolean | undefined>();
  const account = pick && 'key' in pick ? state.accounts.find((a) => a.key === pick.key) : undefined;
  const cmp = comparePhone(account ?? {}, ticket.phoneShown);
  const shown = readShownPhone(ticket.phoneShown, account?.phoneCountry);

  const save = async (withPhone: boolean) => {
    const target = targetOf(pick);
    if (typeof target === 'string') return setError(target);
    setError(undefined);
    try {
      const { key } = await saveContact(target, {
        ...(ticket.accountIdOnPage ? { accountIdOnPage: ticket.accountIdOnPage } : {}),
        ...(withPhone && shown ? { phone: shown } : {}),
        checkedAt: new Date().toISOString(),
      });
      setSaved(true);
      // A new account is now the one shown, with what was just saved.
      setPick({ key });
      await reload();
    } catch {
      setSaved(false);
    }
  };

  return (
    <section class="stack">
      <h2>{t('linkContactTitle')}</h2>
      {ticket.accountIdOnPage && <p class="muted">{t('linkPageShowsId', ticket.accountIdOnPage)}</p>}
      <AccountPicker accounts={state.accounts} pick={pick} onPick={(p) => (setPick(p), setSaved(undefined))} {...(error ? { error } : {})} />
      <dl class="compare card">
        <dt>{t('linkAwsShows')}</dt>
        <dd data-field="aws">{ticket.phoneShown ?? '—'}</dd>
        <dt>{t('linkYouSaved')}</dt>
        <dd data-field="saved">{account?.phoneE164 ?? t('linkNothingSaved')}</dd>
      </dl>
      {pick && <p class={cmp.verdict === 'same' ? 'notice ok' : 'notice warn'}>{t(VERDICT[cmp.verdict])}</p>}
      <div class="row">
        {pick && cmp.verdict === 'same' && (
          <button type="button" class="primary" onClick={() => void save(false)}>
            {t('linkMarkChecked')}
          </button>
        )}
        {pick && (cmp.verdict === 'differs' || cmp.verdict === 'none-stored') && (
          <button type="button" class="primary" onClick={() => void save(true)}>
            {t('linkSaveAws')}
          </button>
        )}
      </div>
      <div role="status">
        {saved && <p class="notice ok">{t('linkSaved')}</p>}
        {saved === false && <p class="notice bad">{t('linkSaveFailed')}</p>}
      </div>
    </section>
  );
}
