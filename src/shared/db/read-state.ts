/** Reads of every store at once, in one readonly transaction (popup, overview, kit, export). */
import type { ExportFile, RecoveryCase, StoredState } from '../model.ts';
import { SETTINGS_KEY } from './schema.ts';
import { read, type ReadTx } from './write.ts';
import { withDefaults } from './settings.ts';

const byAt = (a: { at: string }, b: { at: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
const byStarted = (a: RecoveryCase, b: RecoveryCase) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0);

export const ALL_STORES = ['accounts', 'prevention', 'cases', 'progress', 'drills', 'settings', 'reminderLogs'] as const;

/** Every store, read in the given transaction (which must cover all of ALL_STORES). */
export async function readState(tx: ReadTx<(typeof ALL_STORES)[number]>): Promise<StoredState> {
  const [accounts, prevention, cases, progress, drills, settings, reminderLogs] = await Promise.all([
    tx.objectStore('accounts').getAll(),
    tx.objectStore('prevention').getAll(),
    tx.objectStore('cases').getAll(),
    tx.objectStore('progress').index('by-at').getAll(),
    tx.objectStore('drills').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('reminderLogs').getAll(),
  ]);
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

export function loadState(): Promise<StoredState> {
  return read([...ALL_STORES], readState);
}


export async function exportAll(): Promise<ExportFile> {
  return { format: 'mfa-lifeline-export', version: 1, exportedAt: new Date().toISOString(), data: await loadState() };
}
