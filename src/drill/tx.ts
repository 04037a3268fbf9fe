import { t } from '../shared/i18n.ts';
import type { LocaleText } from '../domain/totp/locale-text.ts';

/** Renders a message the domain returned as a key and substitutions. */
export function tx(text: LocaleText): string {
  return t(text.key, text.subs);
}

/** "123 456" / "1234 5678": codes are read more easily in two halves. */
export function groupCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}
