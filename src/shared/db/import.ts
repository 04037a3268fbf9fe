/**
 * The import's database side: a preview read, and the confirming write that recomputes the plan
 * inside its own readwrite transaction on the store as it is at that moment. If the recomputed
 * plan differs from the one the user confirmed (another page wrote in between), the transaction
 * is aborted and the new plan is returned for a fresh preview: nothing the user did not see is
 * ever written. One transaction, so all of it is written or none.
 */
import { unwrap, type IDBPTransaction } from 'idb';
import type { Settings } from '../model.ts';
import type { ParsedSource } from '../../domain/import-source.ts';
import { needsFullState, planImport, planSignature, planWritesSomething, type ImportPlan, type PlanState } from '../../domain/import-plan.ts';
import { openDatabase } from './open.ts';
import { SETTINGS_KEY, type CurrentDB } from './schema.ts';
import { defaultSettings } from './defaults.ts';
import { announceChange } from './changes.ts';

const STORES = ['accounts', 'prevention', 'cases', 'progress', 'drills', 'settings', 'reminderLogs'] as const;

function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const d = defaultSettings();
  if (!stored) return d;
  return { lang: stored.lang ?? d.lang, reminders: { ...d.reminders, ...(stored.reminders ?? {}) } };
}

type Tx = IDBPTransaction<CurrentDB, (typeof STORES)[number][], 'readonly' | 'readwrite'>;

/** Reads what planning needs, in the given transaction (accounts only, unless an export file is among the sources). */
async function readPlanState(tx: Tx, full: boolean): Promise<PlanState> {
  const accounts = await tx.objectStore('accounts').getAll();
  if (!full) return { accounts, prevention: [], cases: [], progress: [], drills: [], reminderLogs: [], settings: defaultSettings() };
  const [prevention, cases, progress, drills, settings, reminderLogs] = await Promise.all([
    tx.objectStore('prevention').getAll(),
    tx.objectStore('cases').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('drills').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('reminderLogs').getAll(),
  ]);
  return { accounts, prevention, cases, progress, drills, reminderLogs, settings: withDefaults(settings as Partial<Settings> | undefined) };
}

const options = () => ({ now: new Date().toISOString(), newKey: () => crypto.randomUUID() });

/** What importing `sources` would do now (reads only). */
export async function previewImport(sources: readonly ParsedSource[]): Promise<ImportPlan> {
  const db = await openDatabase();
  const tx = db.transaction([...STORES], 'readonly');
  const state = await readPlanState(tx, needsFullState(sources));
  await tx.done;
  return planImport(state, sources, options());
}

export type ApplyResult =
  | { ok: true; plan: ImportPlan }
  /** The store changed since the preview: nothing was written; here is the plan as it is now. */
  | { ok: false; stale: true; plan: ImportPlan }
  | { ok: false; stale?: false; errorKey: string };

/** Writes what the preview showed, recomputed in this transaction; `signature` is planSignature() of the preview. */
export async function applyImport(sources: readonly ParsedSource[], signature: string): Promise<ApplyResult> {
  const db = await openDatabase();
  const tx = db.transaction([...STORES], 'readwrite');
  const abort = async () => {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => undefined);
  };
  let plan: ImportPlan;
  try {
    const state = await readPlanState(tx, needsFullState(sources));
    plan = planImport(state, sources, options());
    if (planSignature(plan) !== signature) {
      await abort();
      return { ok: false, stale: true, plan };
    }
    const w = plan.writes;
    // Native requests, not idb's promise per put: a thousand accounts are a thousand requests,
    // and any one failing aborts the transaction, which tx.done reports.
    const raw = unwrap(tx);
    const putAll = (store: (typeof STORES)[number], xs: readonly unknown[]) => {
      const os = raw.objectStore(store);
      for (const x of xs) os.put(x);
    };
    putAll('accounts', w.accounts);
    putAll('prevention', w.prevention);
    putAll('cases', w.cases);
    putAll('progress', w.progress);
    putAll('drills', w.drills);
    putAll('reminderLogs', w.reminderLogs);
    if (w.settings) raw.objectStore('settings').put(w.settings, SETTINGS_KEY);
    await tx.done;
  } catch {
    await abort();
    return { ok: false, errorKey: 'popupImportWriteFailed' };
  }
  if (planWritesSomething(plan)) {
    const w = plan.writes;
    const changed = (Object.keys(w) as (keyof typeof w)[]).filter((k) => (k === 'settings' ? !!w.settings : w[k]!.length > 0));
    announceChange(changed);
  }
  return { ok: true, plan };
}
