import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeLocaleFragments, type Messages } from '../../src/shared/locale-merge.ts';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../src/locales');

/** The merged locale tables, exactly as the build merges them. */
export function loadSourceLocales(): Record<string, Messages> {
  const fragments = Object.fromEntries(
    readdirSync(LOCALES_DIR).map((lang) => [
      lang,
      readdirSync(join(LOCALES_DIR, lang))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({ name: `${lang}/${f}`, json: JSON.parse(readFileSync(join(LOCALES_DIR, lang, f), 'utf8')) as unknown })),
    ]),
  );
  return mergeLocaleFragments(fragments) as Record<string, Messages>;
}
