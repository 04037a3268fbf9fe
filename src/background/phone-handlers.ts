import type { Handlers } from './router.ts';
import { checkPhone } from '../domain/phone.ts';

/**
 * The support-form helper's phone formatting, kept in the worker so the content script stays
 * small (libphonenumber's metadata would triple its size). Pure: nothing is stored or logged.
 */
export const phoneHandlers: Handlers = {
  'cs→bg/phone:format': async ({ input, country }) => checkPhone(typeof input === 'string' ? input : '', typeof country === 'string' ? country : ''),
};
