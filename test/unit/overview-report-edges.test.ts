import { describe, expect, it } from 'vitest';
import { csvCell, exportSubset } from '../../src/domain/overview-report.ts';
import { CENTRAL_ROOT_ACCESS } from '../../src/domain/org-guidance.ts';
import { preferredCountry } from '../../src/domain/preferred-country.ts';
import type { Account, StoredState } from '../../src/shared/model.ts';

describe('a CSV report opened in a spreadsheet', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+81 90', "'+81 90"],
    ['-5', "'-5"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('runs no formula from %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves a formula character in the middle alone and quotes a cell with a line break', () => {
    expect(csvCell('a=b-c+d@e')).toBe('a=b-c+d@e');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('"')).toBe('""""');
    expect(csvCell('')).toBe('');
  });
});

describe('the JSON report of chosen accounts', () => {
  const acct = (key: string): Account => ({ key, label: key, mfaDevices: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
  const s: StoredState = {
    accounts: [acct('a'), acct('b')],
    prevention: [{ accountKey: 'a', done: {} }, { accountKey: 'b', done: {} }],
    cases: [{ id: 'ca', accountKey: 'a', path: 'alt-factors', startedAt: '2026-05-01T00:00:00.000Z', steps: {} }, { id: 'cb', accountKey: 'b', path: 'alt-factors', startedAt: '2026-05-01T00:00:00.000Z', steps: {} }],
    progress: [{ id: 'pa', at: '2026-05-01T00:00:00.000Z', source: 'popup', step: 'x', accountKey: 'a' }],
    drills: [{ id: 'da', accountKey: 'a', at: '2026-05-01T00:00:00.000Z', passed: true }, { id: 'db', accountKey: 'b', at: '2026-05-01T00:00:00.000Z', passed: true }],
    reminderLogs: [{ id: 'phone-verify:a' }, { id: 'phone-verify:b' }, { id: 'documents-follow-up:ca' }, { id: 'documents-follow-up:cb' }],
    settings: { lang: 'ja', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } },
  };

  it('holds those accounts with their checklist, cases, events, drills and reminders, and the settings', () => {
    const f = exportSubset(s, new Set(['a']), '2026-06-01T00:00:00.000Z');
    expect(f).toMatchObject({ format: 'mfa-lifeline-export', exportedAt: '2026-06-01T00:00:00.000Z' });
    expect(f.data).toEqual({
      accounts: [acct('a')],
      prevention: [{ accountKey: 'a', done: {} }],
      cases: [s.cases[0]],
      progress: s.progress,
      drills: [s.drills[0]],
      settings: s.settings,
      reminderLogs: [{ id: 'phone-verify:a' }, { id: 'documents-follow-up:ca' }],
    });
  });
});

describe('where the Organizations advice points', () => {
  it('the IAM guide on central root access and the re:Post article on a lost root MFA device, with the date checked', () => {
    expect(CENTRAL_ROOT_ACCESS).toEqual({
      docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
      rePostUrl: 'https://repost.aws/knowledge-center/reset-root-user-mfa-device',
      observed: '2026-12-01',
    });
  });
});

describe('the country shown first', () => {
  it('skips a hint naming a country the list does not offer, and takes the first offered when the fallback is not either', () => {
    expect(preferredCountry({ phoneE164: '+33612345678', phoneCountry: 'GB', uiLang: 'en' }, ['GB', 'US'])).toBe('GB');
    expect(preferredCountry({ phoneCountry: 'FR', uiLang: 'ja' }, ['JP', 'US'])).toBe('JP');
    expect(preferredCountry({ uiLang: 'ja', browserLocale: 'de-DE' }, ['US', 'DE'])).toBe('DE');
    expect(preferredCountry({ uiLang: 'en' }, ['DE', 'GB'])).toBe('DE');
    expect(preferredCountry({ uiLang: 'en' }, [], 'CA')).toBe('CA');
    expect(preferredCountry({ uiLang: 'en', browserLocale: 'zh-Hant-TW' }, ['TW', 'US'])).toBe('TW');
    expect(preferredCountry({ uiLang: 'en', browserLocale: 'en-gb' }, ['GB', 'US'])).toBe('US');
  });
});
