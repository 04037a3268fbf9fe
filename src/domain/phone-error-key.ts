/**
 * Phone error code -> locale key (src/locales/* /phone.json): "too-long" -> "phoneErrorTooLong".
 * Kept apart from phone.ts so the content script can name the message without libphonenumber.
 */
import type { PhoneErrorCode } from '../shared/messages.ts';

export function phoneErrorKey(code: PhoneErrorCode): string {
  return 'phoneError' + String(code).replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());
}
