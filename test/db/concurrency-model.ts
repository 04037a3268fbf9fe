/**
 * The concurrency property's pieces: the operations the popup and the worker run against the
 * store, a generator of random interleavings of them, and a plain in-memory model that applies
 * each committed operation one by one. The test (concurrency.test.ts) runs a program against a
 * store implementation and compares the store it leaves with the model.
 */
import fc from 'fast-check';
import type { MfaDevice, MfaDeviceKind, RecoveryCase, RecoveryPathId, StoredState } from '../../src/shared/model.ts';

export interface Edit {
  label?: string;
  rootEmail?: string | null;
  orgMember?: boolean;
  addDevice?: MfaDevice;
  removeDevice?: string;
}

export type Op =
  | { kind: 'open' }
  | { kind: 'edit'; key: string; edit: Edit }
  | { kind: 'phone'; key: string; at: string }
  | { kind: 'devices'; key: string; device: { kind: MfaDeviceKind; where: string } }
  | { kind: 'shown'; id: string; due: string }
  | { kind: 'snooze'; id: string; until: string; from: 'popup' | 'worker' }
  | { kind: 'switch'; key: string; path: RecoveryPathId; id: string; at: string }
  | { kind: 'step'; key: string; step: string; at: string };

/** One batch runs its operations at the same time; batches run one after another. */
export type Program = Op[][];

/** How one implementation of the store runs each operation (the popup's `snap` is what it loaded last). */
export interface Impl {
  open(): Promise<StoredState>;
  edit(snap: StoredState, key: string, edit: Edit): Promise<void>;
  phone(key: string, at: string): Promise<void>;
  devices(key: string, device: { kind: MfaDeviceKind; where: string }): Promise<void>;
  shown(id: string, due: string): Promise<void>;
  snooze(snap: StoredState, id: string, until: string, from: 'popup' | 'worker'): Promise<void>;
  switchCase(snap: StoredState, key: string, next: RecoveryCase): Promise<void>;
  step(snap: StoredState, caseId: string, step: string, at: string): Promise<void>;
}

export const KEYS = ['a', 'b'] as const;
export const LOG_IDS = ['phone-verify:a', 'backup-drill:b', 'documents-follow-up:c0'] as const;
export const SEED_CASE = 'c0';

const key = fc.constantFrom(...KEYS);
const iso = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString());
const word = fc.constantFrom('home', 'office', 'safe', 'drawer', 'iPhone', 'YubiKey 5');
const deviceKind = fc.constantFrom<MfaDeviceKind>('authenticator-app', 'passkey', 'security-key', 'hardware-totp');
let nextId = 0;
const newId = (prefix: string) => fc.constant(null).map(() => `${prefix}${nextId++}`);

const edit: fc.Arbitrary<Edit> = fc.record(
  {
    label: fc.constantFrom('Prod', 'Staging', '本番', 'Sandbox'),
    rootEmail: fc.constantFrom('root@example.com', 'ops@example.org', null),
    orgMember: fc.boolean(),
    addDevice: fc.record({ id: newId('pd'), kind: deviceKind, where: word }),
    removeDevice: fc.constantFrom('a-d1', 'b-d1'),
  },
  { requiredKeys: [] },
);

export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'open' }),
  fc.record({ kind: fc.constant('edit' as const), key, edit }),
  fc.record({ kind: fc.constant('phone' as const), key, at: iso }),
  fc.record({ kind: fc.constant('devices' as const), key, device: fc.record({ kind: deviceKind, where: word }) }),
  fc.record({ kind: fc.constant('shown' as const), id: fc.constantFrom(...LOG_IDS), due: iso }),
  fc.record({ kind: fc.constant('snooze' as const), id: fc.constantFrom(...LOG_IDS), until: iso, from: fc.constantFrom('popup' as const, 'worker' as const) }),
  fc.record({ kind: fc.constant('switch' as const), key, path: fc.constantFrom<RecoveryPathId>('alt-factors', 'support-documents'), id: newId('case'), at: iso }),
  fc.record({ kind: fc.constant('step' as const), key, step: fc.constantFrom('doc-form', 'signed-in', 'doc-notary'), at: iso }),
);

export const program: fc.Arbitrary<Program> = fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });

/** What the comparison looks at: every fact one of the operations sets. */
export interface Facts {
  accounts: Record<string, { label: string; rootEmail: string | null; orgMember: boolean; phoneVerifiedAt: string | null; devices: string[] }>;
  logs: Record<string, { lastShownDue: string | null; snoozedUntil: string | null }>;
  cases: Record<string, { accountKey: string; open: boolean; steps: string[] }>;
}

export function factsOf(s: StoredState): Facts {
  const f: Facts = { accounts: {}, logs: {}, cases: {} };
  for (const a of s.accounts) {
    f.accounts[a.key] = {
      label: a.label,
      rootEmail: a.rootEmail ?? null,
      orgMember: a.orgMember ?? false,
      phoneVerifiedAt: a.phoneVerifiedAt ?? null,
      devices: a.mfaDevices.map((d) => `${d.id.startsWith('pd') || d.id.endsWith('-d1') ? d.id : '*'}|${d.kind}|${d.where}`).sort(),
    };
  }
  for (const l of s.reminderLogs) f.logs[l.id] = { lastShownDue: l.lastShownDue ?? null, snoozedUntil: l.snoozedUntil ?? null };
  for (const c of s.cases) f.cases[c.id] = { accountKey: c.accountKey, open: !c.closedAt, steps: Object.keys(c.steps).sort() };
  return f;
}

/**
 * What the user changed: a field set to the value the form already showed is no change, and a
 * device the form did not show cannot be removed.
 */
export function effectiveEdit(snap: StoredState, key: string, e: Edit): Edit {
  const a = snap.accounts.find((x) => x.key === key);
  if (!a) return {};
  const out: Edit = {};
  if (e.label !== undefined && e.label !== a.label) out.label = e.label;
  if (e.rootEmail !== undefined && e.rootEmail !== (a.rootEmail ?? null)) out.rootEmail = e.rootEmail;
  if (e.orgMember !== undefined && e.orgMember !== (a.orgMember ?? false)) out.orgMember = e.orgMember;
  if (e.addDevice) out.addDevice = e.addDevice;
  if (e.removeDevice && a.mfaDevices.some((d) => d.id === e.removeDevice)) out.removeDevice = e.removeDevice;
  return out;
}

/** The model: applies one committed operation to the facts. */
export function apply(f: Facts, o: ResolvedOp): void {
  switch (o.kind) {
    case 'edit': {
      const a = f.accounts[o.key];
      if (!a) return;
      if (o.edit.label !== undefined) a.label = o.edit.label;
      if (o.edit.rootEmail !== undefined) a.rootEmail = o.edit.rootEmail;
      if (o.edit.orgMember !== undefined) a.orgMember = o.edit.orgMember;
      if (o.edit.removeDevice) a.devices = a.devices.filter((d) => !d.startsWith(`${o.edit.removeDevice}|`));
      if (o.edit.addDevice) a.devices = [...a.devices, `${o.edit.addDevice.id}|${o.edit.addDevice.kind}|${o.edit.addDevice.where}`].sort();
      return;
    }
    case 'phone': {
      const a = f.accounts[o.key];
      if (a) a.phoneVerifiedAt = o.at;
      return;
    }
    case 'devices': {
      const a = f.accounts[o.key];
      if (!a) return;
      const same = a.devices.some((d) => {
        const [, kind, where] = d.split('|');
        return kind === o.device.kind && where!.toLowerCase() === o.device.where.toLowerCase();
      });
      if (!same) a.devices = [...a.devices, `*|${o.device.kind}|${o.device.where}`].sort();
      return;
    }
    case 'shown':
      f.logs[o.id] = { ...(f.logs[o.id] ?? { lastShownDue: null, snoozedUntil: null }), lastShownDue: o.due };
      return;
    case 'snooze':
      f.logs[o.id] = { ...(f.logs[o.id] ?? { lastShownDue: null, snoozedUntil: null }), snoozedUntil: o.until };
      return;
    case 'switch':
      for (const c of Object.values(f.cases)) if (c.accountKey === o.key) c.open = false;
      f.cases[o.id] = { accountKey: o.key, open: true, steps: [] };
      return;
    case 'step': {
      const c = f.cases[o.caseId];
      if (c && !c.steps.includes(o.step)) c.steps = [...c.steps, o.step].sort();
      return;
    }
  }
}

/** An operation as it ran: edits narrowed to what the popup saw, steps bound to the case it showed. */
export type ResolvedOp =
  | Exclude<Op, { kind: 'open' | 'step' }>
  | { kind: 'step'; caseId: string; step: string; at: string };

/**
 * Runs a program against an implementation. Each operation reports when it committed; the model
 * applies them in that order. Returns the facts of the store and of the model.
 */
export async function run(impl: Impl, prog: Program, load: () => Promise<StoredState>): Promise<{ store: Facts; model: Facts }> {
  let snap = await impl.open();
  const model = factsOf(snap);
  for (const batch of prog) {
    const seen = snap;
    await Promise.all(
      batch.map(async (o) => {
        const commit = (r: ResolvedOp) => apply(model, r);
        switch (o.kind) {
          case 'open':
            snap = await impl.open();
            return;
          case 'edit': {
            const e = effectiveEdit(seen, o.key, o.edit);
            await impl.edit(seen, o.key, e);
            return commit({ ...o, edit: e });
          }
          case 'phone':
            await impl.phone(o.key, o.at);
            return commit(o);
          case 'devices':
            await impl.devices(o.key, o.device);
            return commit(o);
          case 'shown':
            await impl.shown(o.id, o.due);
            return commit(o);
          case 'snooze':
            await impl.snooze(seen, o.id, o.until, o.from);
            return commit(o);
          case 'switch': {
            const next: RecoveryCase = { id: o.id, accountKey: o.key, path: o.path, startedAt: o.at, steps: {} };
            await impl.switchCase(seen, o.key, next);
            return commit(o);
          }
          case 'step': {
            const open = seen.cases.filter((c) => c.accountKey === o.key && !c.closedAt).at(-1);
            if (!open) return;
            await impl.step(seen, open.id, o.step, o.at);
            return commit({ kind: 'step', caseId: open.id, step: o.step, at: o.at });
          }
        }
      }),
    );
  }
  return { store: factsOf(await load()), model };
}

/** How many facts of the model the store lost or got wrong. */
export function lostFacts(store: Facts, model: Facts): number {
  let n = 0;
  const cmp = (a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) n++;
  };
  for (const [k, a] of Object.entries(model.accounts)) {
    const s = store.accounts[k];
    for (const field of ['label', 'rootEmail', 'orgMember', 'phoneVerifiedAt'] as const) cmp(s?.[field], a[field]);
    // Each device the model has and the store does not (or the other way round) is one.
    const sd = [...(s?.devices ?? [])];
    for (const d of a.devices) {
      const i = sd.indexOf(d);
      if (i >= 0) sd.splice(i, 1);
      else n++;
    }
    n += sd.length;
  }
  for (const [k, l] of Object.entries(model.logs)) {
    cmp(store.logs[k]?.lastShownDue ?? null, l.lastShownDue);
    cmp(store.logs[k]?.snoozedUntil ?? null, l.snoozedUntil);
  }
  for (const [k, c] of Object.entries(model.cases)) {
    cmp(store.cases[k]?.open, c.open);
    cmp(store.cases[k]?.steps, c.steps);
  }
  n += Object.keys(store.cases).filter((k) => !model.cases[k]).length;
  return n;
}
