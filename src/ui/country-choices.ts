import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';
import { currentLang } from '../shared/i18n.ts';
import { preferredCountry } from '../domain/preferred-country.ts';

/** Countries for a phone field (popup account form, link page), named in the page's language, with their calling code. */
export function countryChoices(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([currentLang()], { type: 'region' });
  const collator = new Intl.Collator(currentLang());
  return getCountries()
    .map((code: CountryCode) => ({ code, name: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * A sensible default before the user has said: the UI language when it names a country (Japanese
 * → Japan, whatever region the browser claims), else the browser's region, else the US.
 */
export function defaultCountry(): string {
  return preferredCountry({ uiLang: currentLang(), browserLocale: navigator.language }, getCountries() as string[]);
}
