/**
 * The store as the screens and the worker used it before issue #9: the popup wrote whole records
 * it had loaded earlier, the worker read in one transaction and wrote in another, and a case
 * switch was two writes. Kept so the property test shows it has teeth: run against this, it must
 * find lost updates (see concurrency.test.ts). Uses only plain IndexedDB calls.
 */
import { openDatabase } from '../../src/shared/db/open.ts';
import { setStepDone } from '../../src/domain/recovery-checklist.ts';
import type { Account, ReminderLog } from '../../src/shared/model.ts';
import type { Impl } from './concurrency-model.ts';
import { loadState } from '../../src/shared/db/repo.ts';

const db = () => openDatabase();

async function updateLog(id: string, change: (l: ReminderLog) => ReminderLog): Promise<void> {
  const current = (await (await db()).getAll('reminderLogs')).find((l) => l.id === id) ?? { id };
  await (await db()).put('reminderLogs', change(current));
}

export const before: Impl = {
  open: () => loadState(),
  async edit(snap, key, e) {
    const a = snap.accounts.find((x) => x.key === key);
    if (!a) return;
    const { rootEmail: _r, ...rest } = a;
    const email = e.rootEmail === undefined ? a.rootEmail : e.rootEmail;
    const next: Account = {
      ...rest,
      ...(email ? { rootEmail: email } : {}),
      label: e.label ?? a.label,
      orgMember: e.orgMember ?? a.orgMember ?? false,
      mfaDevices: [...a.mfaDevices.filter((d) => d.id !== e.removeDevice), ...(e.addDevice ? [e.addDevice] : [])],
    };
    await (await db()).put('accounts', next);
  },
  async phone(key, at) {
    const d = await db();
    const tx = d.transaction('accounts', 'readwrite');
    const a = await tx.store.get(key);
    if (a) await tx.store.put({ ...a, phoneVerifiedAt: at, updatedAt: at });
    await tx.done;
  },
  async devices(key, device) {
    const a = await (await db()).get('accounts', key);
    if (!a) return;
    if (a.mfaDevices.some((d) => d.kind === device.kind && d.where.toLowerCase() === device.where.toLowerCase())) return;
    const d = await db();
    const tx = d.transaction('accounts', 'readwrite');
    const current = await tx.store.get(key);
    if (current) await tx.store.put({ ...current, mfaDevices: [...a.mfaDevices, { ...device, id: crypto.randomUUID() }] });
    await tx.done;
  },
  shown: (id, due) => updateLog(id, (l) => ({ ...l, lastShownDue: due })),
  async snooze(snap, id, until, from) {
    if (from === 'worker') return updateLog(id, (l) => ({ ...l, snoozedUntil: until }));
    const l = snap.reminderLogs.find((x) => x.id === id) ?? { id };
    await (await db()).put('reminderLogs', { ...l, snoozedUntil: until });
  },
  async switchCase(snap, key, next) {
    const open = snap.cases.filter((c) => c.accountKey === key && !c.closedAt).at(-1);
    if (open) await (await db()).put('cases', { ...open, closedAt: next.startedAt });
    await (await db()).put('cases', next);
  },
  async step(snap, caseId, step, at) {
    const c = snap.cases.find((x) => x.id === caseId);
    if (c) await (await db()).put('cases', setStepDone(c, step, at));
  },
};
