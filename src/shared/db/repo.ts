/**
 * The one module that reads and writes the database (contracts §1). Every function opens (or
 * reuses) the connection, runs one transaction, and returns plain model objects. Writes that
 * belong together share a transaction, and no transaction awaits anything but IndexedDB.
 */
import type {
  Account,
  DrillResult,
  ExportFile,
  ImportResult,
  MfaDevice,
  PreventionState,
  ProgressEvent,
  RecoveryCase,
  ReminderLog,
  Settings,
  StoredState,
} from '../model.ts';
import { openDatabase } from './open.ts';
import { SETTINGS_KEY } from './schema.ts';
import { defaultSettings } from './defaults.ts';
import { parseExportFile } from '../../domain/export-schema.ts';

const byAt = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
const byStarted = (a: RecoveryCase, b: RecoveryCase) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0);

function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const d = defaultSettings();
  if (!stored) return d;
  return { lang: stored.lang ?? d.lang, reminders: { ...d.reminders, ...(stored.reminders ?? {}) } };
}

export async function listAccounts(): Promise<Account[]> {
  const db = await openDatabase();
  const all = await db.getAll('accounts');
  return all.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export async function getAccount(key: string): Promise<Account | undefined> {
  const db = await openDatabase();
  return db.get('accounts', key);
}

export async function putAccount(a: Account): Promise<void> {
  const db = await openDatabase();
  await db.put('accounts', a);
}

/** Removes the account and everything that belongs to it, in one transaction. */
export async function deleteAccount(key: string): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(['accounts', 'prevention', 'cases', 'progress', 'drills', 'reminderLogs'], 'readwrite');
  const cases = tx.objectStore('cases');
  const progress = tx.objectStore('progress');
  const drills = tx.objectStore('drills');
  const logs = tx.objectStore('reminderLogs');
  const [caseIds, eventIds, drillIds, logIds] = await Promise.all([
    cases.index('by-account').getAllKeys(key),
    progress.index('by-account').getAllKeys(key),
    drills.index('by-account').getAllKeys(key),
    logs.getAllKeys(),
  ]);
  // Reminder log ids are `${kind}:${accountKey or caseId}` (model.ts).
  const subjects = new Set([key, ...caseIds]);
  const ownLogs = logIds.filter((id) => subjects.has(id.slice(id.indexOf(':') + 1)));
  await Promise.all([
    tx.objectStore('accounts').delete(key),
    tx.objectStore('prevention').delete(key),
    ...caseIds.map((id) => cases.delete(id)),
    ...eventIds.map((id) => progress.delete(id)),
    ...drillIds.map((id) => drills.delete(id)),
    ...ownLogs.map((id) => logs.delete(id)),
  ]);
  await tx.done;
}

async function updateAccount(accountKey: string, change: (a: Account) => Account): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction('accounts', 'readwrite');
  const current = await tx.store.get(accountKey);
  if (!current) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(`unknown account ${accountKey}`);
  }
  await tx.store.put(change(current));
  await tx.done;
}

export function markPhoneVerified(accountKey: string, at: string): Promise<void> {
  return updateAccount(accountKey, (a) => ({ ...a, phoneVerifiedAt: at, updatedAt: at }));
}

export function setMfaDevices(accountKey: string, devices: MfaDevice[]): Promise<void> {
  const now = new Date().toISOString();
  return updateAccount(accountKey, (a) => ({ ...a, mfaDevices: devices.map((d) => ({ ...d })), updatedAt: now }));
}

export async function getPrevention(accountKey: string): Promise<PreventionState> {
  const db = await openDatabase();
  return (await db.get('prevention', accountKey)) ?? { accountKey, done: {} };
}

export async function putPrevention(p: PreventionState): Promise<void> {
  const db = await openDatabase();
  await db.put('prevention', p);
}

export async function listCases(accountKey?: string): Promise<RecoveryCase[]> {
  const db = await openDatabase();
  const all = accountKey === undefined ? await db.getAll('cases') : await db.getAllFromIndex('cases', 'by-account', accountKey);
  return all.sort(byStarted);
}

export async function putCase(c: RecoveryCase): Promise<void> {
  const db = await openDatabase();
  await db.put('cases', c);
}

export async function recordProgress(e: Omit<ProgressEvent, 'id'>): Promise<ProgressEvent> {
  const db = await openDatabase();
  const event: ProgressEvent = { ...e, id: crypto.randomUUID() };
  await db.put('progress', event);
  return event;
}

export async function listProgress(accountKey?: string): Promise<ProgressEvent[]> {
  const db = await openDatabase();
  if (accountKey === undefined) return db.getAllFromIndex('progress', 'by-at');
  return (await db.getAllFromIndex('progress', 'by-account', accountKey)).sort(byAt);
}

export async function recordDrillResult(r: Omit<DrillResult, 'id'>): Promise<DrillResult> {
  const db = await openDatabase();
  const result: DrillResult = { ...r, id: crypto.randomUUID() };
  await db.put('drills', result);
  return result;
}

export async function listDrillResults(accountKey?: string): Promise<DrillResult[]> {
  const db = await openDatabase();
  const all = accountKey === undefined ? await db.getAll('drills') : await db.getAllFromIndex('drills', 'by-account', accountKey);
  return all.sort(byAt);
}

export async function getSettings(): Promise<Settings> {
  const db = await openDatabase();
  return withDefaults(await db.get('settings', SETTINGS_KEY));
}

export async function putSettings(s: Settings): Promise<void> {
  const db = await openDatabase();
  await db.put('settings', { lang: s.lang, reminders: { ...s.reminders } }, SETTINGS_KEY);
}

export async function listReminderLogs(): Promise<ReminderLog[]> {
  const db = await openDatabase();
  return db.getAll('reminderLogs');
}

export async function putReminderLog(l: ReminderLog): Promise<void> {
  const db = await openDatabase();
  await db.put('reminderLogs', l);
}

export async function loadState(): Promise<StoredState> {
  const db = await openDatabase();
  const tx = db.transaction(['accounts', 'prevention', 'cases', 'progress', 'drills', 'settings', 'reminderLogs'], 'readonly');
  const [accounts, prevention, cases, progress, drills, settings, reminderLogs] = await Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('prevention').getAll(),
    tx.objectStore('cases').getAll(),
    tx.objectStore('progress').index('by-at').getAll(),
    tx.objectStore('drills').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('reminderLogs').getAll(),
  ]);
  await tx.done;
  return {
    accounts: accounts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
    prevention,
    cases: cases.sort(byStarted),
    progress,
    drills: drills.sort(byAt),
    settings: withDefaults(settings),
    reminderLogs,
  };
}

export async function exportAll(): Promise<ExportFile> {
  return { format: 'mfa-lifeline-export', version: 1, exportedAt: new Date().toISOString(), data: await loadState() };
}

/**
 * Validates the whole file first, then writes all of it in one transaction: records with the same
 * key are replaced by the file's, others are kept; settings are replaced. If any write fails the
 * transaction aborts and nothing changes.
 */
export async function importAll(file: unknown): Promise<ImportResult> {
  const parsed = parseExportFile(file);
  if (!parsed.ok) return parsed.path ? { ok: false, errorKey: parsed.errorKey, path: parsed.path } : { ok: false, errorKey: parsed.errorKey };
  const d = parsed.file.data;
  const db = await openDatabase();
  const tx = db.transaction(['accounts', 'prevention', 'cases', 'progress', 'drills', 'settings', 'reminderLogs'], 'readwrite');
  try {
    await Promise.all([
      ...d.accounts.map((x) => tx.objectStore('accounts').put(x)),
      ...d.prevention.map((x) => tx.objectStore('prevention').put(x)),
      ...d.cases.map((x) => tx.objectStore('cases').put(x)),
      ...d.progress.map((x) => tx.objectStore('progress').put(x)),
      ...d.drills.map((x) => tx.objectStore('drills').put(x)),
      ...d.reminderLogs.map((x) => tx.objectStore('reminderLogs').put(x)),
      tx.objectStore('settings').put(d.settings, SETTINGS_KEY),
    ]);
    await tx.done;
  } catch {
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    await tx.done.catch(() => undefined);
    return { ok: false, errorKey: 'popupImportWriteFailed' };
  }
  return { ok: true, counts: { accounts: d.accounts.length, cases: d.cases.length, progress: d.progress.length, drills: d.drills.length } };
}
