import { t } from '../shared/i18n.ts';
import type { Account, DrillResult } from '../shared/model.ts';
import { formatDateTime } from './format-date.ts';

interface Props {
  accounts: Account[];
  value: string;
  onChange: (key: string) => void;
  /** The account's results are still loading: say nothing rather than "no drill yet". */
  loading: boolean;
  last: DrillResult | undefined;
}

/** Which account the result is recorded for, and what its last drill said. */
export function AccountPicker({ accounts, value, onChange, loading, last }: Props) {
  if (accounts.length === 0) return <p class="note">{t('drillAccountNone')}</p>;
  return (
    <div class="field">
      <label for="drill-account">{t('drillAccountLabel')}</label>
      <select id="drill-account" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {accounts.map((a) => (
          <option key={a.key} value={a.key}>
            {a.accountId ? t('drillAccountWithId', [a.label, a.accountId]) : a.label}
          </option>
        ))}
      </select>
      <p class="hint" data-testid="drill-last">
        {loading
          ? ''
          : !last
          ? t('drillLastNone')
          : last.passed
            ? t('drillLastPassed', formatDateTime(last.at))
            : t('drillLastFailed', formatDateTime(last.at))}
      </p>
    </div>
  );
}
