/**
 * The link page's writes. Each is one readwrite transaction that reads the records as they are
 * now, applies the change (src/domain/), and puts them back: nothing written from a copy loaded
 * earlier, so a write the worker or the popup made meanwhile survives. Choosing a new account is
 * part of the same transaction as what it was chosen for ("one step"). Open pages and the worker
 * hear about it afterwards.
 */
import type { IDBPTransaction } from 'idb';
import type { Account, RecoveryCase } from '../shared/model.ts';
import type { CurrentDB } from '../shared/db/schema.ts';
import { openDatabase } from '../shared/db/open.ts';
import { recordProgress } from '../shared/db/progress.ts';
import { announceChange } from '../shared/db/changes.ts';
import { send } from '../shared/send.ts';
import { mergeDevices, type MergeResult, type RecordedDevice } from '../domain/device-merge.ts';
import { claimPending } from '../domain/handoff.ts';

/** An account the user picked, or one to create with this label (already validated). */
export type Target = { key: string } | { newLabel: string };

/** A new account, created in the same transaction as what it was chosen for. */
function fresh(label: string, now: string): Account {
  return { key: crypto.randomUUID(), label, mfaDevices: [], createdAt: now, updatedAt: now, contentAt: now };
}

/**
 * Something printed on the recovery kit changed (ids, phone, devices): both clocks move, so the
 * kit reads as out of date (readiness compares `contentAt`, schema version 3). Bookkeeping alone
 * (a phone marked checked) moves neither.
 */
const changedContent = (a: Account, now: string): Account => ({ ...a, updatedAt: now, contentAt: now });

function told(stores: string[]): void {
  announceChange(stores);
  // The worker re-derives alarms, badge and notifications; a missing worker is fine.
  send('ui→bg/state:changed', {}).catch(() => undefined);
}

/**
 * Runs `change` on the target account (created if new) in one transaction with `extra` stores.
 * `change` returns the account to put, or null to write nothing (the transaction is aborted).
 */
async function onAccount<T>(
  target: Target,
  stores: ('cases' | 'progress')[],
  change: (a: Account, tx: Tx) => Promise<{ account: Account | null; result: T }>,
): Promise<T & { key: string }> {
  const db = await openDatabase();
  const tx = db.transaction(['accounts', ...stores], 'readwrite');
  const now = new Date().toISOString();
  const current = 'key' in target ? await tx.objectStore('accounts').get(target.key) : fresh(target.newLabel, now);
  if (!current) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('account gone');
  }
  const { account, result } = await change(current, tx as Tx);
  if (account) await tx.objectStore('accounts').put(account);
  await tx.done;
  told(['accounts', ...stores]);
  return { ...result, key: current.key };
}

type Tx = IDBPTransaction<CurrentDB, ('accounts' | 'cases' | 'progress')[], 'readwrite'>;

/** The page's id goes on an account that has none (the user just said this page is that account). */
const withId = (a: Account, id: string | undefined, now: string): Account => (id && !a.accountId ? changedContent({ ...a, accountId: id }, now) : a);

/** Contact: mark the phone checked, optionally replacing the stored number with the one AWS shows. */
export function saveContact(
  target: Target,
  opts: { accountIdOnPage?: string; phone?: { e164: string; country?: string }; checkedAt: string },
): Promise<{ key: string }> {
  return onAccount(target, [], async (a) => {
    let next = withId(a, opts.accountIdOnPage, opts.checkedAt);
    if (opts.phone && opts.phone.e164 !== a.phoneE164) {
      next = changedContent({ ...next, phoneE164: opts.phone.e164 }, opts.checkedAt);
      if (opts.phone.country) next.phoneCountry = opts.phone.country;
    }
    return { account: { ...next, phoneVerifiedAt: opts.checkedAt }, result: {} };
  });
}

/**
 * Phone helper: the user chose to keep a number they converted with this account. A different
 * number drops the old one's check (it vouched for the old number); the same one changes nothing.
 */
export function savePhone(target: Target, phone: { e164: string; country?: string }): Promise<{ key: string; changed: boolean }> {
  return onAccount<{ changed: boolean }>(target, [], async (a) => {
    if (a.phoneE164 === phone.e164 && 'key' in target) return { account: null, result: { changed: false } };
    const { phoneVerifiedAt: _checked, ...rest } = a;
    const next = changedContent({ ...rest, phoneE164: phone.e164 }, new Date().toISOString());
    if (phone.country) next.phoneCountry = phone.country;
    return { account: next, result: { changed: true } };
  });
}

/** Devices: merged with the list as stored now; only the ids the user confirmed are removed. */
export function saveDevices(
  target: Target,
  opts: { accountIdOnPage?: string; recorded: RecordedDevice[]; remove: string[] },
): Promise<{ key: string; merge: MergeResult }> {
  return onAccount<{ merge: MergeResult }>(target, [], async (a) => {
    const merge = mergeDevices(a.mfaDevices, opts.recorded, { remove: opts.remove, newId: () => crypto.randomUUID() });
    if (!merge.ok) return { account: null, result: { merge } };
    const changed = merge.added.length + merge.updated.length + merge.removed.length > 0;
    const now = new Date().toISOString();
    const next = withId(a, opts.accountIdOnPage, now);
    return {
      account: changed ? changedContent({ ...next, mfaDevices: merge.devices }, now) : next,
      result: { merge },
    };
  });
}

/**
 * Recovery: the pending event becomes the account's open case (its previous open case closes),
 * and the panel's tree steps join its timeline, all in one transaction. `opened` is null when the
 * event was claimed meanwhile (another tab) or is unknown.
 */
export function claimRecovery(target: Target, eventId: string): Promise<{ key: string; opened: RecoveryCase | null }> {
  return onAccount<{ opened: RecoveryCase | null }>(target, ['cases', 'progress'], async (a, tx) => {
    const progress = tx.objectStore('progress');
    const cases = tx.objectStore('cases');
    const [pending, allCases, events] = await Promise.all([progress.get(eventId), cases.index('by-account').getAll(a.key), progress.getAll()]);
    const claim = pending ? claimPending(pending, a.key, allCases, events, new Date().toISOString(), crypto.randomUUID()) : null;
    // Nothing to claim: a new account is not created for nothing.
    if (!claim) return { account: null, result: { opened: null } };
    await Promise.all([
      ...(claim.closed ? [cases.put(claim.closed)] : []),
      cases.put(claim.opened),
      ...claim.events.map((e) => progress.put(e)),
    ]);
    return { account: 'key' in target ? null : a, result: { opened: claim.opened } };
  });
}

/**
 * The support form's helper copied one of this account's stored numbers: the account's timeline
 * notes it ("copied the phone number", a step of the support-form path), as the panel's copy
 * button did before the helper moved here (issue #9). A number typed and converted belongs to no
 * account yet, so only stored ones are noted.
 */
export async function recordCopiedPhone(accountKey: string): Promise<void> {
  await recordProgress({ at: new Date().toISOString(), source: 'support-form', page: 'support-form', step: 'copied-phone-number', accountKey });
  told(['progress']);
}
