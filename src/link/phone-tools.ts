/**
 * What the link page's phone helper needs from libphonenumber, in one module the view imports
 * lazily: the metadata (about 30 KB gzip) loads only when the phone-format mode is opened.
 */
import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';
import { preferredCountry } from '../domain/preferred-country.ts';
import { currentLang } from '../shared/i18n.ts';

export { checkPhone } from '../domain/phone.ts';

/** Every country libphonenumber knows, named in the page's language, with its calling code. */
export function countryChoices(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([currentLang()], { type: 'region' });
  const collator = new Intl.Collator(currentLang());
  return getCountries()
    .map((code: CountryCode) => ({ code, name: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The country to start with: the UI language when it names one (Japanese → Japan), else the browser's region, else the US. */
export function startCountry(): string {
  return preferredCountry({ uiLang: currentLang(), browserLocale: navigator.language }, getCountries() as string[]);
}
