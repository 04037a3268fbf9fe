import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/min';
import { currentLang } from '../shared/i18n.ts';

/** Countries for the phone field, named in the popup's language, with their calling code. */
export function countryChoices(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([currentLang()], { type: 'region' });
  const collator = new Intl.Collator(currentLang());
  return getCountries()
    .map((code: CountryCode) => ({ code, name: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A sensible default: the region of the browser's locale, else Japan for Japanese, else the US. */
export function defaultCountry(): string {
  const region = /-([A-Z]{2})\b/.exec(navigator.language)?.[1];
  if (region && (getCountries() as string[]).includes(region)) return region;
  return currentLang() === 'ja' ? 'JP' : 'US';
}
