import { useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account } from '../shared/model.ts';
import { notaryOptions } from '../domain/notaries.ts';
import { countryChoices, defaultCountry } from './countries.ts';
import { formatMonth } from '../ui/format.ts';

/** Where to get the form notarized, for the account's country (changeable). */
export function NotaryOptions({ account }: { account: Account }) {
  const [country, setCountry] = useState(account.phoneCountry ?? defaultCountry());
  const countries = useMemo(countryChoices, []);
  return (
    <section class="card">
      <h3>{t('popupNotaryTitle')}</h3>
      <label for="notary-country">{t('popupNotaryCountry')}</label>
      <select id="notary-country" value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>{c.name}</option>
        ))}
      </select>
      <ul>
        {notaryOptions(country).map((o) => (
          <li key={o.id}>
            <strong>{t(o.titleKey)}</strong>
            <p class="small">{t(o.detailKey)}</p>
            {o.fee && <p class="small muted">{t('docFeeSeen', [o.fee.amount, formatMonth(o.fee.seen)])}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
