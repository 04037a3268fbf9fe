import type { AllHandlers } from './router.ts';
import { checkPhone } from '../domain/phone.ts';

/**
 * The phone check for the in-page panel, kept in the worker so the content script stays small
 * (libphonenumber's metadata would triple its size). Pure: nothing is stored or logged. Only a
 * number as shown on an AWS page (the Account page), which must already be in the +country form
 * AWS needs: numbers the user types go into the link page, never into the panel (issue #9).
 */
export const phoneHandlers: Pick<AllHandlers, 'cs→bg/phone:format'> = {
  'cs→bg/phone:format': async ({ input }) => checkPhone(typeof input === 'string' ? input : ''),
};
