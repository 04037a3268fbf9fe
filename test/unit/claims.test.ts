import { describe, expect, it } from 'vitest';
import { CLAIMS, claim } from '../../src/domain/claims.ts';
import { CLAIM_KEYS } from '../../src/domain/claims-keys.ts';
import { notaryFeeClaims } from '../../src/domain/notaries.ts';
import { loadSourceLocales } from './locale-source.ts';

const locales = loadSourceLocales();

describe('the claims register', () => {
  it('gives every claim an id, a sentence, a source with an https address, a real check date and a kind', () => {
    const ids = CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CLAIMS) {
      expect(c.id, c.id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(c.text.length, c.id).toBeGreaterThan(20);
      expect(c.source.title.trim(), c.id).not.toBe('');
      expect(c.source.url, c.id).toMatch(/^https:\/\/[^\s]+$/);
      expect(c.checked, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${c.checked}T00:00:00Z`).toISOString().slice(0, 10), c.id).toBe(c.checked);
      expect(['aws', 'official', 'report'], c.id).toContain(c.kind);
      // A report says when it happened; AWS's and others' own pages do not need a year.
      if (c.kind === 'report') expect(c.reported, c.id).toBeGreaterThanOrEqual(2010);
      else expect(c.reported, c.id).toBeUndefined();
    }
  });

  it('maps only locale keys that exist to claims that exist', () => {
    for (const [key, ids] of Object.entries(CLAIM_KEYS)) {
      expect(locales.en![key], `locale key ${key}`).toBeDefined();
      expect(ids.length, key).toBeGreaterThan(0);
      for (const id of ids) expect(claim(id), `${key} → ${id}`).toBeDefined();
    }
  });

  it('shows report-based facts as reports, with their year, in both languages', () => {
    for (const [key, ids] of Object.entries(CLAIM_KEYS)) {
      const years = ids.map((id) => claim(id)!).filter((c) => c.kind === 'report').map((c) => c.reported!);
      if (!years.length) continue;
      const en = locales.en![key]!.message;
      const ja = locales.ja![key]!.message;
      expect(en, `${key} (en) says it is a report`).toMatch(/report/i);
      expect(ja, `${key} (ja) says it is a report`).toMatch(/報告/);
      for (const text of [en, ja]) expect(years.some((y) => text.includes(String(y))), `${key}: ${text}`).toBe(true);
    }
  });

  it('covers the facts the review named (fees, durations, the 24-hour e-mail, support hours, eight devices)', () => {
    for (const id of notaryFeeClaims()) expect(claim(id), `notary fee → ${id}`).toBeDefined();
    const stated = new Set([...Object.values(CLAIM_KEYS).flat(), ...notaryFeeClaims()]);
    for (const id of ['jp-notary-fee', 'report-us-embassy-fee', 'report-two-weeks', 'report-objection-24h', 'report-ja-support-hours', 'aws-eight-devices', 'aws-root-mfa-required', 'aws-update-phone-iam', 'aws-update-phone-support', 'aws-central-root', 'aws-ic-admin', 'aws-alt-factors-can-be-off', 'aws-phone-verify', 'aws-alternate-contacts']) {
      expect(stated.has(id), id).toBe(true);
    }
  });
});
