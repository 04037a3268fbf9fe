/**
 * Devices recorded from the Security credentials page are merged into the stored list, never
 * swapped for it: a recorded device matches a stored one by id, else by kind plus `where`
 * (case-insensitive, surrounding space ignored); stored devices the user did not record again are
 * kept, and only the ones the user confirmed for removal go. Pure; the store applies the result
 * inside one transaction against the list as it is then.
 */
import type { MfaDevice, MfaDeviceKind } from '../shared/model.ts';
import { LIMITS } from './limits.ts';
import { MFA_DEVICE_KINDS } from './mfa-devices.ts';

export interface RecordedDevice {
  /** Set when the user edited a device already stored. */
  id?: string;
  kind: MfaDeviceKind;
  where: string;
}

export type MergeResult =
  | {
      ok: true;
      devices: MfaDevice[];
      added: MfaDevice[];
      updated: MfaDevice[];
      /** Stored, not recorded this time, and kept. */
      kept: MfaDevice[];
      removed: MfaDevice[];
    }
  | { ok: false; reason: 'too-many' | 'invalid' };

/** `clean` is a recorded device already trimmed by mergeDevices; `a` may be a stored one that still has spaces around its place. */
const sameSpot = (a: { kind: MfaDeviceKind; where: string }, clean: { kind: MfaDeviceKind; where: string }) =>
  a.kind === clean.kind && a.where.trim().toLowerCase() === clean.where.toLowerCase();

export function validRecorded(x: unknown): x is RecordedDevice {
  // Stryker disable next-line ConditionalExpression: a string, number or function has no kind, so the kind check below refuses it as well
  if (typeof x !== 'object' || x === null) return false;
  const { id, kind, where } = x as Partial<Record<keyof RecordedDevice, unknown>>;
  return (
    (id === undefined || (typeof id === 'string' && id.length > 0 && id.length <= LIMITS.id)) &&
    MFA_DEVICE_KINDS.includes(kind as MfaDeviceKind) &&
    typeof where === 'string' &&
    where.length <= LIMITS.where
  );
}

export function mergeDevices(
  stored: readonly MfaDevice[],
  recorded: readonly RecordedDevice[],
  opts: { remove?: readonly string[]; newId: () => string; max?: number },
): MergeResult {
  if (!recorded.every(validRecorded)) return { ok: false, reason: 'invalid' };
  const max = opts.max ?? LIMITS.devices;
  const claimed = new Map<string, RecordedDevice>();
  const added: MfaDevice[] = [];
  for (const r of recorded) {
    const clean = { kind: r.kind, where: r.where.trim() };
    const byId = r.id ? stored.find((s) => s.id === r.id && !claimed.has(s.id)) : undefined;
    const hit = byId ?? stored.find((s) => !claimed.has(s.id) && sameSpot(s, clean));
    if (hit) claimed.set(hit.id, clean);
    // Recorded twice in one go (or already added): one device.
    else if (!added.some((a) => sameSpot(a, clean))) added.push({ id: opts.newId(), ...clean });
  }
  // Stryker disable next-line ArrayDeclaration: no stored device has the stand-in's id
  const remove = new Set(opts.remove ?? []);
  const updated: MfaDevice[] = [];
  const kept: MfaDevice[] = [];
  const removed: MfaDevice[] = [];
  const devices: MfaDevice[] = [];
  for (const s of stored) {
    const r = claimed.get(s.id);
    if (r) {
      const next = { id: s.id, kind: r.kind, where: r.where };
      if (next.kind !== s.kind || next.where !== s.where) updated.push(next);
      devices.push(next);
    } else if (remove.has(s.id)) removed.push({ ...s });
    else {
      kept.push({ ...s });
      devices.push({ ...s });
    }
  }
  devices.push(...added);
  if (devices.length > max) return { ok: false, reason: 'too-many' };
  return { ok: true, devices, added, updated, kept, removed };
}
