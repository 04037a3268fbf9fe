import type { MessageEntry, Messages } from './locale-merge.ts';

/**
 * Formats a messages.json entry the way browser.i18n.getMessage does: named placeholders
 * ($NAME$, case-insensitive) expand to their content, then $1…$9 take the substitutions and
 * $$ is a literal dollar. Used when the user picked a language other than the browser's, since
 * browser.i18n can only speak the browser's UI language.
 */
export function formatMessage(entry: MessageEntry | undefined, subs: readonly string[] = []): string {
  if (!entry) return '';
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_w, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function lookup(messages: Messages, key: string, subs?: string | readonly string[]): string {
  return formatMessage(messages[key], typeof subs === 'string' ? [subs] : subs);
}
