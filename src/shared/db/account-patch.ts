/**
 * Patches to an account: only the fields the user (or the worker) changed, applied to the record
 * as it is at the moment of the write, never to a copy a screen loaded earlier. Pure.
 */
import type { Account, MfaDevice } from '../model.ts';

/** The fields a person types; each is printed on the recovery kit. */
export const CONTENT_FIELDS = ['label', 'accountId', 'rootEmail', 'phoneE164', 'phoneCountry', 'orgMember'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface AccountPatch {
  /** Changed fields; `null` removes an optional one. */
  set?: { [K in ContentField]?: Account[K] | null };
  /** Devices added or changed (matched by id) and removed (by id). */
  devices?: { put?: MfaDevice[]; remove?: string[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Absent and false mean the same for the one boolean field. */
const norm = (f: ContentField, v: unknown) => (f === 'orgMember' ? v === true : (v ?? undefined));

/** What changed between the account a form started from and what the user saved. */
export function diffAccount(before: Account, after: Account): AccountPatch {
  const set: NonNullable<AccountPatch['set']> = {};
  for (const f of CONTENT_FIELDS) {
    if (!same(norm(f, before[f]), norm(f, after[f]))) (set as Record<string, unknown>)[f] = after[f] ?? null;
  }
  const prev = new Map(before.mfaDevices.map((d) => [d.id, d]));
  const next = new Set(after.mfaDevices.map((d) => d.id));
  const put = after.mfaDevices.filter((d) => !same(prev.get(d.id), d));
  const remove = before.mfaDevices.filter((d) => !next.has(d.id)).map((d) => d.id);
  return {
    ...(Object.keys(set).length ? { set } : {}),
    ...(put.length || remove.length ? { devices: { ...(put.length ? { put } : {}), ...(remove.length ? { remove } : {}) } } : {}),
  };
}

/**
 * Applies a patch to the stored account. `contentAt` moves only when something printed on the
 * kit changed; a changed phone number drops its verification (it vouched for the old number).
 */
export function applyAccountPatch(current: Account, patch: AccountPatch, now: string): Account {
  const next: Account = { ...current, mfaDevices: current.mfaDevices.map((d) => ({ ...d })) };
  let changed = false;
  for (const [field, value] of Object.entries(patch.set ?? {}) as [ContentField, unknown][]) {
    if (!(CONTENT_FIELDS as readonly string[]).includes(field) || same(norm(field, next[field]), norm(field, value))) continue;
    if (value === null || value === undefined) delete next[field];
    else (next as unknown as Record<string, unknown>)[field] = value;
    changed = true;
  }
  if (patch.devices) {
    const remove = new Set(patch.devices.remove ?? []);
    const before = next.mfaDevices;
    next.mfaDevices = before.filter((d) => !remove.has(d.id));
    for (const d of patch.devices.put ?? []) {
      const i = next.mfaDevices.findIndex((x) => x.id === d.id);
      if (i >= 0) next.mfaDevices[i] = { ...d };
      else next.mfaDevices.push({ ...d });
    }
    if (!same(before, next.mfaDevices)) changed = true;
  }
  if (!changed) return current;
  if (current.phoneE164 !== next.phoneE164) delete next.phoneVerifiedAt;
  next.updatedAt = now;
  next.contentAt = now;
  return next;
}
