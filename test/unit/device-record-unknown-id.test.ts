import { describe, expect, it } from 'vitest';
import { mergeDevices, validRecorded } from '../../src/domain/device-merge.ts';

describe('recording the devices the Security credentials page shows', () => {
  it('a recorded device carrying an id no stored device has (deleted meanwhile) does not take over another stored device', () => {
    const stored = [{ id: 'd1', kind: 'passkey' as const, where: 'desk drawer' }];
    const r = mergeDevices(stored, [{ id: 'gone', kind: 'authenticator-app', where: 'old phone' }], { newId: () => 'new' });
    expect(r).toMatchObject({ ok: true, updated: [], kept: [stored[0]], added: [{ id: 'new', kind: 'authenticator-app', where: 'old phone' }] });
  });
  it('a device whose place is a list, not text, is refused', () => {
    expect(validRecorded({ kind: 'passkey', where: ['desk drawer'] })).toBe(false);
    expect(mergeDevices([], [{ kind: 'passkey', where: ['desk drawer'] as unknown as string }], { newId: () => 'new' })).toEqual({ ok: false, reason: 'invalid' });
  });
});
