import type { AllHandlers } from './router.ts';
import { checkPhone } from '../domain/phone.ts';

/**
 * Phone checks for the in-page panel, kept in the worker so the content script stays small
 * (libphonenumber's metadata would triple its size). Pure: nothing is stored or logged.
 * With a country: a number as typed at home (support-form helper). With an empty country:
 * a number as shown on an AWS page, which must already be in +country form (Account page).
 */
export const phoneHandlers: Pick<AllHandlers, 'cs→bg/phone:format'> = {
  'cs→bg/phone:format': async ({ input, country }) => {
    const text = typeof input === 'string' ? input : '';
    return typeof country === 'string' && country !== '' ? checkPhone(text, country) : checkPhone(text);
  },
};
