/** A store failure in the user's language: what happened and what to do (fragment store.json). */
import { t } from '../i18n.ts';
import { LIMITS } from '../../domain/limits.ts';
import { storeErrorKey } from './errors.ts';

export function storeFailureText(e: unknown): string {
  // The cap is the only substitution any of these messages takes.
  return t(storeErrorKey(e), new Intl.NumberFormat().format(LIMITS.accounts));
}
