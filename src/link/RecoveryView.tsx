import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { latestPending, outcomeOf } from '../domain/handoff.ts';
import { PATHS, QUESTION_ORDER, QUESTIONS } from '../domain/recovery-tree.ts';
import { AccountPicker, targetOf, type Pick } from './AccountPicker.tsx';
import { claimRecovery } from './writes.ts';
import type { LinkViewProps } from './LinkPage.tsx';

/** Where the popup shows an account's recovery: its checklist, never the questions again. */
export const recoverUrl = (key: string) => `../popup/index.html#/account/${encodeURIComponent(key)}/recover`;

/**
 * Hands over the recovery the panel's questions started (issue #11 item 3): the user picks or
 * creates the account in one step, the case starts with the path the answers led to, and the
 * tab goes on to that account's checklist.
 */
export function RecoveryView({ state, reload }: LinkViewProps) {
  const pending = latestPending(state.progress, new Date());
  const outcome = pending ? outcomeOf(pending.answers) : null;
  const [pick, setPick] = useState<Pick>(state.accounts.length === 1 ? { key: state.accounts[0]!.key } : null);
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);

  if (!pending || !outcome) return <p class="notice warn">{t('linkRecoveryNone')}</p>;

  const start = async () => {
    const target = targetOf(pick);
    if (typeof target === 'string') return setError(target);
    setError(undefined);
    try {
      const { key, opened } = await claimRecovery(target, pending.id);
      if (!opened) return void (await reload());
      location.assign(recoverUrl(key));
    } catch {
      setFailed(true);
    }
  };

  return (
    <section class="stack">
      <h2>{t('linkRecoveryTitle')}</h2>
      <p class="notice">{t('linkRecoveryPath', t(PATHS[outcome.path].titleKey))}</p>
      <ul class="small">
        {QUESTION_ORDER.filter((q) => outcome.answers[q] !== undefined).map((q) => (
          <li key={q}>
            {t(QUESTIONS[q].titleKey)} <strong>{t(outcome.answers[q] ? 'linkYes' : 'linkNo')}</strong>
          </li>
        ))}
      </ul>
      <AccountPicker accounts={state.accounts} pick={pick} onPick={setPick} {...(error ? { error } : {})} />
      <div class="row">
        <button type="button" class="primary" onClick={() => void start()}>
          {t('linkRecoveryStart')}
        </button>
      </div>
      {failed && <p class="notice bad" role="alert">{t('linkSaveFailed')}</p>}
    </section>
  );
}
