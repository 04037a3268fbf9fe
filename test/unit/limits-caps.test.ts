import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.ts';

describe('the caps a user meets', () => {
  it('per field, per store and per import file, as the forms, the worker and the import apply them', () => {
    // fileBytes is derived from the record caps (limits.ts): a change to any of them changes it, and
    // then this figure must be changed on purpose, with the import error's "N MB" that shows it.
    expect(LIMITS).toEqual({
      label: 60,
      email: 254,
      where: 200,
      devices: 8,
      id: 100,
      supportCaseId: 40,
      step: 80,
      caseSteps: 50,
      accounts: 5000,
      cases: 10_000,
      progress: 50_000,
      drills: 20_000,
      reminderLogs: 30_000,
      fileBytes: 201_329_096,
    });
    expect(Math.round(LIMITS.fileBytes / 1024 / 1024)).toBe(192);
  });

  it('lets the largest account the form accepts, escaped as JSON, fit the bytes counted for it', () => {
    // Eight devices whose "where" is all quotes (each escaped to 2 characters, counted as 6).
    const device = { id: 'x'.repeat(LIMITS.id), kind: 'hardware-totp', where: '"'.repeat(LIMITS.where) };
    const account = { key: 'k'.repeat(LIMITS.id), label: 'あ'.repeat(LIMITS.label), rootEmail: 'e'.repeat(LIMITS.email), mfaDevices: Array.from({ length: LIMITS.devices }, () => device) };
    const perAccount = (LIMITS.fileBytes - 4096) / LIMITS.accounts;
    expect(new TextEncoder().encode(JSON.stringify(account)).length).toBeLessThan(perAccount);
  });
});
