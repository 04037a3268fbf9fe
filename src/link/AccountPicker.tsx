import { t } from '../shared/i18n.ts';
import type { Account } from '../shared/model.ts';
import { validateLabel } from '../domain/account-validation.ts';
import type { Target } from './writes.ts';

/** What the user picked: an account, or a new one with the label typed so far. */
export type Pick = { key: string } | { newLabel: string } | null;

/** The pick as a write target, or the locale key of what is wrong with it. */
export function targetOf(pick: Pick): Target | string {
  if (!pick) return 'linkWhichAccount';
  if ('key' in pick) return pick;
  const bad = validateLabel(pick.newLabel);
  return bad ?? { newLabel: pick.newLabel.trim() };
}

/** Which of the user's accounts this is, or a new one: one choice, made where the page cannot see it. */
export function AccountPicker({ accounts, pick, onPick, error }: { accounts: Account[]; pick: Pick; onPick: (p: Pick) => void; error?: string }) {
  const isNew = !!pick && 'newLabel' in pick;
  return (
    <fieldset>
      <legend>{t('linkWhichAccount')}</legend>
      {accounts.map((a) => (
        <label class="inline" key={a.key}>
          <input type="radio" name="account" checked={!!pick && 'key' in pick && pick.key === a.key} onChange={() => onPick({ key: a.key })} />
          <span>
            {a.label}
            {a.accountId && <span class="muted small"> · {a.accountId}</span>}
          </span>
        </label>
      ))}
      <label class="inline">
        <input type="radio" name="account" checked={isNew} onChange={() => onPick({ newLabel: '' })} />
        {t('linkNewAccount')}
      </label>
      {isNew && (
        <>
          <label for="link-new-label">{t('linkNewLabel')}</label>
          <input id="link-new-label" type="text" maxLength={60} value={pick.newLabel} aria-invalid={error ? 'true' : undefined} onInput={(e) => onPick({ newLabel: e.currentTarget.value })} />
        </>
      )}
      {error && <p class="error" role="alert">{t(error)}</p>}
    </fieldset>
  );
}
