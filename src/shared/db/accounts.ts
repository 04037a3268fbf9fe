/** Accounts: created whole once, then changed only by patches in one transaction each. */
import type { Account, MfaDevice } from '../model.ts';
import { LIMITS } from '../../domain/limits.ts';
import { read, write, missing, overLimit, requestAll } from './write.ts';
import { applyAccountPatch, type AccountPatch } from './account-patch.ts';

const byCreated = (a: Account, b: Account) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

export function listAccounts(): Promise<Account[]> {
  return read(['accounts'], async (tx) => (await tx.objectStore('accounts').getAll()).sort(byCreated));
}

export function getAccount(key: string): Promise<Account | undefined> {
  return read(['accounts'], (tx) => tx.objectStore('accounts').get(key));
}

/** Stores a new account (the form's "Add"); refuses past the account cap or over an existing key. */
export function addAccount(a: Account): Promise<void> {
  return write(['accounts'], async (tx) => {
    const store = tx.objectStore('accounts');
    if ((await store.count()) >= LIMITS.accounts) overLimit('accounts');
    await store.add({ ...a, contentAt: a.contentAt ?? a.updatedAt });
  });
}

/**
 * Writes a whole account as given, replacing any stored one. For seeding tests and the import
 * only: a screen never writes back a record it loaded earlier (use patchAccount).
 */
export function putAccount(a: Account): Promise<void> {
  return write(['accounts'], async (tx) => {
    const store = tx.objectStore('accounts');
    if (!(await store.getKey(a.key)) && (await store.count()) >= LIMITS.accounts) overLimit('accounts');
    await store.put(a);
  });
}

/** Changes one account in one transaction: `change` gets the record as stored now. */
export function updateAccount(key: string, change: (a: Account) => Account): Promise<Account> {
  return write(['accounts'], async (tx) => {
    const store = tx.objectStore('accounts');
    const current = await store.get(key);
    if (!current) missing(`account ${key}`);
    const next = change(current);
    if (next !== current) await store.put(next);
    return next;
  });
}

/** Applies the fields the user changed (the popup's account form). */
export function patchAccount(key: string, patch: AccountPatch, now = new Date().toISOString()): Promise<Account> {
  return updateAccount(key, (a) => applyAccountPatch(a, patch, now));
}

/** Bookkeeping: the phone was confirmed. Nothing printed on the kit changes, so `contentAt` stays. */
export function markPhoneVerified(accountKey: string, at: string): Promise<Account> {
  return updateAccount(accountKey, (a) => ({ ...a, phoneVerifiedAt: at, updatedAt: at }));
}

/** Changes the device list as stored now (the in-page panel's merge runs inside, on the current list). */
export function updateMfaDevices(accountKey: string, change: (current: MfaDevice[]) => MfaDevice[], now = new Date().toISOString()): Promise<Account> {
  return updateAccount(accountKey, (a) => {
    const next = change(a.mfaDevices.map((d) => ({ ...d })));
    if (JSON.stringify(next) === JSON.stringify(a.mfaDevices)) return a;
    return { ...a, mfaDevices: next.slice(0, LIMITS.devices), updatedAt: now, contentAt: now };
  });
}

/** Replaces the device list (kept for callers that computed the whole list on the current record). */
export function setMfaDevices(accountKey: string, devices: MfaDevice[]): Promise<Account> {
  return updateMfaDevices(accountKey, () => devices.map((d) => ({ ...d })));
}

/** Removes the account and everything that belongs to it, in one transaction. */
export function deleteAccount(key: string): Promise<void> {
  return write(['accounts', 'prevention', 'cases', 'progress', 'drills', 'reminderLogs'], async (tx) => {
    const cases = tx.objectStore('cases');
    const progress = tx.objectStore('progress');
    const drills = tx.objectStore('drills');
    const logs = tx.objectStore('reminderLogs');
    // Reads only: a failure here rejects all four, and Promise.all observes each of them.
    const [caseIds, eventIds, drillIds, logIds] = await Promise.all([
      cases.index('by-account').getAllKeys(key),
      progress.index('by-account').getAllKeys(key),
      drills.index('by-account').getAllKeys(key),
      logs.getAllKeys(),
    ]);
    // Reminder log ids are `${kind}:${accountKey or caseId}` (model.ts).
    const subjects = new Set([key, ...caseIds]);
    const ownLogs = logIds.filter((id) => subjects.has(id.slice(id.indexOf(':') + 1)));
    await requestAll([
      () => tx.objectStore('accounts').delete(key),
      () => tx.objectStore('prevention').delete(key),
      ...caseIds.map((id) => () => cases.delete(id)),
      ...eventIds.map((id) => () => progress.delete(id)),
      ...drillIds.map((id) => () => drills.delete(id)),
      ...ownLogs.map((id) => () => logs.delete(id)),
    ]);
  });
}
