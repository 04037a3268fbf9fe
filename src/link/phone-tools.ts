/**
 * What the link page's phone helper needs from libphonenumber, in one module the view imports
 * lazily: the metadata (about 30 KB gzip) loads only when the phone-format mode is opened.
 */
export { checkPhone } from '../domain/phone.ts';
/** The same country list and starting country as the popup's account form. */
export { countryChoices, defaultCountry as startCountry } from '../ui/country-choices.ts';
