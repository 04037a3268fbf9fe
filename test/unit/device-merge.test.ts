import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeDevices, type RecordedDevice } from '../../src/domain/device-merge.ts';
import type { MfaDevice, MfaDeviceKind } from '../../src/shared/model.ts';

let n = 0;
const newId = () => `new-${++n}`;
const STORED: MfaDevice[] = [
  { id: 'a', kind: 'authenticator-app', where: 'iPhone 15' },
  { id: 'b', kind: 'security-key', where: 'Desk drawer at home' },
];

describe('mergeDevices', () => {
  it('keeps stored devices the user did not record again, and adds new ones', () => {
    const r = mergeDevices(STORED, [{ kind: 'passkey', where: 'iCloud Keychain' }], { newId });
    expect(r.ok && r.devices.map((d) => d.where)).toEqual(['iPhone 15', 'Desk drawer at home', 'iCloud Keychain']);
    expect(r.ok && r.kept.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('matches by kind and where, ignoring case and surrounding space (no duplicate, id kept)', () => {
    const r = mergeDevices(STORED, [{ kind: 'security-key', where: '  desk DRAWER at home ' }], { newId });
    expect(r.ok && r.devices).toEqual([STORED[0], { id: 'b', kind: 'security-key', where: 'desk DRAWER at home' }]);
    expect(r.ok && r.added).toEqual([]);
  });

  it('matches by id first: an edit of a stored device updates it in place', () => {
    const r = mergeDevices(STORED, [{ id: 'a', kind: 'authenticator-app', where: 'iPhone 16' }], { newId });
    expect(r.ok && r.devices[0]).toEqual({ id: 'a', kind: 'authenticator-app', where: 'iPhone 16' });
    expect(r.ok && r.updated.map((d) => d.id)).toEqual(['a']);
  });

  it('same kind, other place: a second device', () => {
    const r = mergeDevices(STORED, [{ kind: 'authenticator-app', where: 'old Android' }], { newId });
    expect(r.ok && r.devices).toHaveLength(3);
  });

  it('removes only the ids the user confirmed, and never one recorded again', () => {
    const r = mergeDevices(STORED, [{ kind: 'authenticator-app', where: 'iphone 15' }], { newId, remove: ['a', 'b', 'zzz'] });
    expect(r.ok && r.devices.map((d) => d.id)).toEqual(['a']);
    expect(r.ok && r.removed.map((d) => d.id)).toEqual(['b']);
  });

  it('records one device once even when listed twice', () => {
    const r = mergeDevices([], [{ kind: 'passkey', where: 'x' }, { kind: 'passkey', where: 'X ' }], { newId });
    expect(r.ok && r.devices).toHaveLength(1);
  });

  it('refuses more than eight devices and malformed input, changing nothing', () => {
    const nine = Array.from({ length: 7 }, (_, i) => ({ kind: 'passkey' as const, where: `p${i}` }));
    expect(mergeDevices(STORED, nine, { newId })).toEqual({ ok: false, reason: 'too-many' });
    expect(mergeDevices(STORED, [{ kind: 'sms', where: 'x' } as unknown as RecordedDevice], { newId })).toEqual({ ok: false, reason: 'invalid' });
    expect(mergeDevices(STORED, [{ kind: 'passkey', where: 5 } as unknown as RecordedDevice], { newId })).toEqual({ ok: false, reason: 'invalid' });
    expect(mergeDevices(STORED, [{ kind: 'passkey', where: 'x'.repeat(201) }], { newId })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('never drops a stored device it was not told to remove (property)', () => {
    const kind = fc.constantFrom<MfaDeviceKind>('authenticator-app', 'passkey', 'security-key', 'hardware-totp');
    const where = fc.constantFrom('iPhone', 'iphone ', 'drawer', 'Safe', '');
    const stored = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), kind, where }), { selector: (d) => d.id, maxLength: 4 });
    const recorded = fc.array(fc.record({ kind, where }), { maxLength: 4 });
    const remove = fc.subarray(['a', 'b', 'c', 'd']);
    fc.assert(
      fc.property(stored, recorded, remove, (s, r, rm) => {
        const out = mergeDevices(s, r, { newId, remove: rm });
        if (!out.ok) return out.reason === 'too-many';
        for (const d of s) if (!rm.includes(d.id)) expect(out.devices.some((x) => x.id === d.id)).toBe(true);
        for (const x of r) expect(out.devices.some((d) => d.kind === x.kind && d.where.toLowerCase() === x.where.trim().toLowerCase())).toBe(true);
        expect(new Set(out.devices.map((d) => d.id)).size).toBe(out.devices.length);
        return true;
      }),
    );
  });
});
