/**
 * Which of the user's accounts this console page belongs to. The worker answers with labels
 * only, and matches the 12-digit id the page shows when it can; nothing is kept in the page.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/send.ts';
import type { AccountChoice } from '../../shared/messages.ts';
import type { PanelContext } from '../panel-contract.ts';

export interface Picked {
  /** null while asking the worker; [] when no account is set up yet. */
  accounts: AccountChoice[] | null;
  key: string;
  setKey: (k: string) => void;
  failed: boolean;
}

export function usePickedAccount(ctx: PanelContext): Picked {
  const [accounts, setAccounts] = useState<AccountChoice[] | null>(null);
  const [key, setKey] = useState('');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const id = ctx.readText('accountIdShown')?.replace(/\D/g, '');
    send('cs→bg/console:accounts', id?.length === 12 ? { accountIdOnPage: id } : {}).then(
      (r) => {
        setAccounts(r.accounts);
        setKey(r.matched ?? (r.accounts.length === 1 ? r.accounts[0]!.key : ''));
      },
      () => setFailed(true),
    );
  }, []);
  return { accounts, key, setKey, failed };
}

export function AccountPicker({ p }: { p: Picked }): JSX.Element | null {
  if (p.failed) return <p class="bad">{t('panelWorkerDown')}</p>;
  if (!p.accounts) return null;
  if (!p.accounts.length) return <p class="box warn">{t('panelNoAccounts')}</p>;
  return (
    <>
      <label for="mfl-account">{t('panelAccountLabel')}</label>
      <select id="mfl-account" value={p.key} onChange={(e) => p.setKey(e.currentTarget.value)}>
        {!p.key && <option value="">{t('panelAccountChoose')}</option>}
        {p.accounts.map((a) => (
          <option key={a.key} value={a.key}>
            {a.label}
          </option>
        ))}
      </select>
    </>
  );
}
