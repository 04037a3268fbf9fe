import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupErrorHeading, backupErrorText, codeErrorText } from '../../src/domain/totp/messages.ts';
import { clockAdviceText, driftText } from '../../src/domain/totp/clock.ts';
import type { BackupError } from '../../src/domain/totp/backup.ts';
import type { LocaleText } from '../../src/domain/totp/locale-text.ts';
import { formatMessage } from '../../src/shared/i18n-format.ts';
import type { Messages } from '../../src/shared/locale-merge.ts';

const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/locales/${lang}/drill.json`), 'utf8')) as Messages;
const LOCALES = { en: load('en'), ja: load('ja') };

const ALL_ERRORS: BackupError[] = [
  { code: 'empty' },
  { code: 'input-too-long' },
  { code: 'invalid-char', char: '0', position: 16, suggestion: 'O' },
  { code: 'invalid-char', char: '9', position: 3 },
  { code: 'bad-length', length: 17 },
  { code: 'bad-padding' },
  { code: 'too-short', bytes: 5 },
  { code: 'too-long', bytes: 65 },
  { code: 'not-otpauth' },
  { code: 'migration' },
  { code: 'hotp' },
  { code: 'bad-type', value: 'steam' },
  { code: 'bad-uri' },
  { code: 'bad-encoding' },
  { code: 'missing-secret' },
  { code: 'bad-algorithm', value: 'MD5' },
  { code: 'bad-digits', value: '7' },
  { code: 'bad-period', value: '0' },
  { code: 'duplicate-param', name: 'secret' },
];

function render(text: LocaleText) {
  return Object.fromEntries(
    Object.entries(LOCALES).map(([lang, m]) => {
      const entry = m[text.key];
      expect(entry, `${lang} ${text.key}`).toBeDefined();
      // Every substitution the domain passes is used by the message, in both languages.
      expect(Object.keys(entry!.placeholders ?? {}).length, `${lang} ${text.key} placeholders`).toBe(text.subs.length);
      return [lang, formatMessage(entry, text.subs)];
    }),
  );
}

describe('domain results map to locale keys defined in English and Japanese', () => {
  it('gives every backup error its own message, with its details filled in', () => {
    const keys = new Set<string>();
    for (const e of ALL_ERRORS) {
      const text = backupErrorText(e);
      keys.add(text.key);
      const out = render(text);
      for (const s of text.subs) {
        expect(out.en).toContain(s);
        expect(out.ja).toContain(s);
      }
    }
    expect(keys.size).toBe(ALL_ERRORS.length);
  });

  it('heads a refusal with what is malformed: the secret, the link, or nothing when the detail says it all', () => {
    const heading = (e: BackupError) => backupErrorHeading(e)?.key ?? null;
    expect(heading({ code: 'invalid-char', char: '0', position: 1 })).toBe('drillMalformedSecret');
    expect(heading({ code: 'too-short', bytes: 5 })).toBe('drillMalformedSecret');
    expect(heading({ code: 'bad-digits', value: '7' })).toBe('drillMalformedLink');
    expect(heading({ code: 'missing-secret' })).toBe('drillMalformedLink');
    for (const code of ['empty', 'input-too-long', 'not-otpauth', 'migration', 'hotp'] as const) expect(heading({ code })).toBeNull();
    for (const e of ALL_ERRORS) {
      const h = backupErrorHeading(e);
      if (h) render(h);
    }
  });

  it('covers typed-code errors, drift and clock advice', () => {
    for (const e of ['empty', 'not-digits', 'wrong-length'] as const) render(codeErrorText(e, 6));
    for (const d of [-90, -30, 0, 30, 90]) {
      render(driftText(d));
      render(clockAdviceText(d));
    }
    expect(render(clockAdviceText(90)).en).toContain('90 seconds');
    expect(render(driftText(-60)).ja).toContain('60 秒遅れて');
  });

  it('keeps every drill key prefixed and the two languages alike', () => {
    expect(Object.keys(LOCALES.ja).sort()).toEqual(Object.keys(LOCALES.en).sort());
    for (const k of Object.keys(LOCALES.en)) expect(k.startsWith('drill')).toBe(true);
  });
});
