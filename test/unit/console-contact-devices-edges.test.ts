import { describe, expect, it } from 'vitest';
import { accountIdDigits, comparePhone, matchAccount, readShownPhone } from '../../src/domain/contact-compare.ts';

describe('the account id a console page shows', () => {
  it('is read up to 40 characters and refused unread beyond', () => {
    expect(accountIdDigits(`1234-5678-9012${' '.repeat(26)}`)).toBe('123456789012');
    expect(accountIdDigits(`1234-5678-9012${' '.repeat(27)}`)).toBeUndefined();
  });

  it('matches an account stored with the dashes the console shows', () => {
    expect(matchAccount([{ key: 'k', accountId: '1234-5678-9012' }], '123456789012')).toEqual({ status: 'in-list', key: 'k' });
  });
});

describe('the phone number a console page shows', () => {
  it('is read up to 64 characters and refused unread beyond, or when it is not text', () => {
    const padded = (n: number) => `+81 90-1234-5678${' '.repeat(n - 16)}`;
    expect(readShownPhone(padded(64))).toEqual({ e164: '+819012345678', country: 'JP' });
    expect(readShownPhone(padded(65))).toBeNull();
    expect(readShownPhone(819012345678)).toBeNull();
  });

  it('is compared with its country, and spaces alone count as no number shown', () => {
    expect(comparePhone({ phoneE164: '+819012345678' }, '+81 90-1234-5678')).toEqual({ verdict: 'same', shownE164: '+819012345678', shownCountry: 'JP' });
    expect(comparePhone({}, '+81 90-1234-5678')).toEqual({ verdict: 'none-stored', shownE164: '+819012345678', shownCountry: 'JP' });
    expect(comparePhone({ phoneE164: '+819012345678' }, '   ')).toEqual({ verdict: 'none-shown' });
  });
});

describe('devices recorded from the Security credentials page', () => {
  it('match a stored device whatever the spaces and case around its place, and refuse anything not a device', async () => {
    const { mergeDevices } = await import('../../src/domain/device-merge.ts');
    const stored = [{ id: 'd1', kind: 'passkey' as const, where: '  Desk Drawer ' }];
    const r = mergeDevices(stored, [{ kind: 'passkey', where: 'desk drawer ' }], { newId: () => 'new' });
    expect(r.ok && [r.added, r.updated.map((d) => d.id)]).toEqual([[], ['d1']]);
    const r2 = mergeDevices([{ id: 'd1', kind: 'passkey', where: 'desk drawer' }], [{ kind: 'passkey', where: '  DESK drawer' }], { newId: () => 'new' });
    expect(r2.ok && r2.added).toEqual([]);
    expect(mergeDevices([], [null as never], { newId: () => 'new' })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('a recorded device is taken only in the shape the page sends', () => {
  it('an id, when given, is non-empty text of at most 100 characters; the kind is one AWS offers; "where" is text of at most 200', async () => {
    const { validRecorded } = await import('../../src/domain/device-merge.ts');
    const ok = { kind: 'passkey', where: 'x' };
    expect(validRecorded(ok)).toBe(true);
    expect(validRecorded({ ...ok, id: 'i'.repeat(100) })).toBe(true);
    for (const id of ['', 'i'.repeat(101), 5, null]) expect(validRecorded({ ...ok, id }), String(id)).toBe(false);
    expect(validRecorded({ kind: 'sms', where: 'x' })).toBe(false);
    expect(validRecorded({ kind: 'passkey', where: 5 })).toBe(false);
    expect(validRecorded({ kind: 'passkey', where: 'w'.repeat(200) })).toBe(true);
    expect(validRecorded({ kind: 'passkey', where: 'w'.repeat(201) })).toBe(false);
    expect(validRecorded('passkey')).toBe(false);
  });
});

describe('one stored device is matched by one recorded entry only', () => {
  it('a second entry with the same id becomes a device of its own', async () => {
    const { mergeDevices } = await import('../../src/domain/device-merge.ts');
    const r = mergeDevices([{ id: 'd1', kind: 'passkey', where: 'old' }], [{ id: 'd1', kind: 'passkey', where: 'A' }, { id: 'd1', kind: 'passkey', where: 'B' }], { newId: () => 'new' });
    expect(r.ok && r.devices).toEqual([{ id: 'd1', kind: 'passkey', where: 'A' }, { id: 'new', kind: 'passkey', where: 'B' }]);
  });
});

describe('what a recording of the devices changes', () => {
  it('lists as updated only a device whose kind or place changed, and takes exactly as many devices as allowed', async () => {
    const { mergeDevices } = await import('../../src/domain/device-merge.ts');
    const stored = [{ id: 'd1', kind: 'passkey' as const, where: 'drawer' }];
    const same = mergeDevices(stored, [{ id: 'd1', kind: 'passkey', where: 'drawer' }], { newId: () => 'n' });
    expect(same.ok && same.updated).toEqual([]);
    const kind = mergeDevices(stored, [{ id: 'd1', kind: 'security-key', where: 'drawer' }], { newId: () => 'n' });
    expect(kind.ok && kind.updated).toEqual([{ id: 'd1', kind: 'security-key', where: 'drawer' }]);
    let i = 0;
    const eight = mergeDevices(stored, Array.from({ length: 7 }, (_, k) => ({ kind: 'passkey' as const, where: `p${k}` })), { newId: () => `n${i++}` });
    expect(eight.ok && eight.devices.length).toBe(8);
  });
});

describe('a pending recovery from the panel', () => {
  it('is history once a whole day old, and the newest is taken whatever order they are stored in', async () => {
    const { latestPending, PENDING_MAX_AGE_MS } = await import('../../src/domain/handoff.ts');
    const now = new Date('2026-06-01T12:00:00.000Z');
    const ev = (id: string, ms: number) => ({ id, at: new Date(now.getTime() - ms).toISOString(), source: 'signin-page' as const, page: 'mfa-code' as const, step: 'tree-other-device', answers: { otherDevice: true } });
    expect(latestPending([ev('old', PENDING_MAX_AGE_MS)], now)).toBeUndefined();
    expect(latestPending([ev('new', 1000), ev('older', 5000)], now)?.id).toBe('new');
  });
});

describe('the tree steps handed over with a pending recovery', () => {
  it('are those of the hour before it, up to the same instant, never later ones', async () => {
    const { claimPending } = await import('../../src/domain/handoff.ts');
    const at = (ms: number) => new Date(Date.parse('2026-06-01T12:00:00.000Z') + ms).toISOString();
    const pending = { id: 'p', at: at(0), source: 'signin-page' as const, page: 'mfa-code' as const, step: 'tree-other-device', answers: { otherDevice: true } };
    const step = (id: string, ms: number) => ({ id, at: at(ms), source: 'signin-page' as const, page: 'mfa-code' as const, step: 'tree-q-other-device' });
    const events = [pending, step('same', 0), step('later', 1), step('hour', -3_600_000), step('inside', -3_599_999)];
    const c = claimPending(pending, 'a', [], events, at(5), 'c')!;
    expect(c.events.map((e) => e.id).sort()).toEqual(['inside', 'p', 'same']);
  });
});
