/**
 * E-mail addresses and phone numbers as screens show them: masked, so an onlooker or a screen
 * share learns little and the owner still recognizes them. The full value is never in the DOM.
 */
import { maskEmail } from '../domain/mask.ts';
import { maskPhone } from '../domain/phone.ts';

export function MaskedEmail({ email }: { email: string | undefined }) {
  return email ? <span class="masked">{maskEmail(email)}</span> : null;
}

export function MaskedPhone({ e164 }: { e164: string | undefined }) {
  return e164 ? <span class="masked">{maskPhone(e164)}</span> : null;
}
