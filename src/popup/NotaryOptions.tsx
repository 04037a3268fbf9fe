import { useMemo, useState } from 'preact/hooks';
import { currentLang, t } from '../shared/i18n.ts';
import type { Account } from '../shared/model.ts';
import { notaryOptions } from '../domain/notaries.ts';
import { countryChoices } from '../ui/country-choices.ts';
import { preferredCountry } from '../domain/preferred-country.ts';
import { formatMonth } from '../ui/format.ts';

/**
 * Where to get the form notarized, for the country the account's phone belongs to (then the
 * country picked for it, then the UI language), changeable.
 */
export function NotaryOptions({ account }: { account: Account }) {
  const countries = useMemo(countryChoices, []);
  const [country, setCountry] = useState(() =>
    preferredCountry({ phoneE164: account.phoneE164, phoneCountry: account.phoneCountry, uiLang: currentLang(), browserLocale: navigator.language }, countries.map((c) => c.code)),
  );
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
