import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSourceLocales } from './locale-source.ts';
import { formatMessage } from '../../src/shared/i18n-format.ts';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('locales', () => {
  const locales = loadSourceLocales();

  it('merge without duplicates and with the same keys in en and ja', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'ja']);
    expect(Object.keys(locales.ja!).sort()).toEqual(Object.keys(locales.en!).sort());
  });

  it('has no empty message and keeps placeholders alike across languages', () => {
    for (const [key, entry] of Object.entries(locales.en!)) {
      const ja = locales.ja![key]!;
      expect(entry.message.trim(), `en ${key}`).not.toBe('');
      expect(ja.message.trim(), `ja ${key}`).not.toBe('');
      const subs = (m: string) => [...m.matchAll(/\$[A-Za-z0-9_@]+\$|\$[1-9]/g)].map((x) => x[0].toLowerCase()).sort();
      expect(subs(ja.message), `placeholders of ${key}`).toEqual(subs(entry.message));
    }
  });

  it('defines every key that source code passes to t() literally', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) {
        if (!locales.en![m[1]!]) missing.push(`${file.slice(SRC.length + 1)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('formatMessage (the language override path)', () => {
  it('expands named placeholders and positional substitutions like browser.i18n', () => {
    const entry = { message: 'Due in $DAYS$ days for $who$, costs $$5', placeholders: { days: { content: '$1' }, who: { content: '$2' } } };
    expect(formatMessage(entry, ['3', 'Alice'])).toBe('Due in 3 days for Alice, costs $5');
  });
  it('returns an empty string for an unknown key and leaves missing substitutions empty', () => {
    expect(formatMessage(undefined)).toBe('');
    expect(formatMessage({ message: 'a $1 b' })).toBe('a  b');
  });
});
