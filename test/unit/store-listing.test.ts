/**
 * The store listing material in docs/store/ stays within the stores' limits and in step with the
 * manifest: each language has both descriptions, the short one is the manifest's description
 * (the Chrome Web Store takes its summary from there), and every permission and content-script
 * match is justified in permissions.md.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'docs/store');
const read = (p: string) => readFileSync(join(STORE, p), 'utf8');
const chars = (s: string) => [...s].length;
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
};
const locale = (lang: string) => JSON.parse(readFileSync(join(ROOT, `src/locales/${lang}/common.json`), 'utf8')) as Record<string, { message: string }>;

describe('store listing material', () => {
  for (const lang of ['en', 'ja']) {
    it(`${lang}: short description ≤ 132 characters and the same as the manifest's; long description ≤ 16,000`, () => {
      const short = read(`${lang}/short.txt`).trim();
      expect(chars(short)).toBeGreaterThan(20);
      expect(chars(short)).toBeLessThanOrEqual(132);
      expect(short).toBe(locale(lang).extDescription!.message);
      const long = read(`${lang}/long.txt`).trim();
      expect(chars(long)).toBeGreaterThan(200);
      expect(chars(long)).toBeLessThanOrEqual(16_000);
    });
  }

  it('the name fits AMO (50) and the Chrome Web Store (75)', () => {
    for (const lang of ['en', 'ja']) expect(chars(locale(lang).extName!.message)).toBeLessThanOrEqual(50);
  });

  it('justifies every permission and every host match of the manifest', () => {
    const text = read('permissions.md');
    const wanted = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches)];
    expect(wanted.length).toBeGreaterThan(2);
    for (const w of wanted) expect(text, w).toContain(`\`${w}\``);
  });

  it('has the privacy statement and the AMO review notes', () => {
    expect(read('privacy.md')).toMatch(/never sent|Nothing\./);
    expect(read('amo-review-notes.md')).toContain('innerHTML');
  });
});
