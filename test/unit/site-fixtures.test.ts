import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, PAGES, fixtureResolver } from '../fixtures/pages.ts';
import { PAGE_KINDS } from '../../src/shared/page-kind.ts';

const htmlFiles = ['signin', 'support', 'console', 'negative', 'spa', 'bench'].flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => `${d}/${f}`));
const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');

describe('the fixture list', () => {
  it('names files that exist, and every fixture file is described in the README', () => {
    for (const p of PAGES) expect(existsSync(join(FIXTURES, p.file)), p.file).toBe(true);
    for (const f of htmlFiles) expect(readme, f).toContain(`\`${f}\``);
  });
  it('covers every data-page value, and the sign-in ones in Japanese too', () => {
    for (const kind of PAGE_KINDS) expect(PAGES.some((p) => p.expectedPage === kind), kind).toBe(true);
    for (const kind of ['mfa-code', 'mfa-key', 'mfa-device-choice', 'troubleshoot', 'alt-factors', 'account-contact', 'security-credentials'] as const) {
      expect(PAGES.some((p) => p.expectedPage === kind && p.lang === 'ja'), kind).toBe(true);
    }
    expect(PAGES.some((p) => p.expectedVariant === 'phone-failed' && p.lang === 'en')).toBe(true);
    expect(PAGES.some((p) => p.expectedVariant === 'phone-failed' && p.lang === 'ja')).toBe(true);
  });
  it('serves one file per address (servers never see the hash)', () => {
    const seen = new Map<string, string>();
    for (const p of PAGES) {
      const u = new URL(p.url);
      const key = `${u.origin}${u.pathname}${u.search}`;
      expect(seen.get(key) ?? p.file, key).toBe(p.file);
      seen.set(key, p.file);
    }
    expect(fixtureResolver()(new URL('https://aws.amazon.com/forms/aws-mfa-support'))).toContain('aws-mfa-support');
    expect(fixtureResolver()(new URL('https://aws.amazon.com/elsewhere'))).toBe(null);
  });
  it('keeps pages self-contained: no external scripts, styles, images or frames', () => {
    for (const f of htmlFiles) {
      const html = readFileSync(join(FIXTURES, f), 'utf8');
      expect(html, f).not.toMatch(/<(script|img|iframe|link)\b[^>]*\b(src|href)="(https?:)?\/\//i);
      expect(html, f).toContain('<link rel="icon" href="data:,">');
    }
  });
});
