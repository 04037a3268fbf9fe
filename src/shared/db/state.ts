/** Reads of everything at once (popup start-up, kit, export) and the import's one write. */
import type { ImportResult } from '../model.ts';
import { SETTINGS_KEY } from './schema.ts';
import { parseExportFile } from '../../domain/export-schema.ts';
import { overLimit, requestAll, write } from './write.ts';
import { StoreError } from './errors.ts';
import { LIMITS } from '../../domain/limits.ts';

// The reads live in read-state.ts, which a page can load without the export schema (valibot)
// that importAll needs: the overview and the popup read before their first paint (issue #13).
export { ALL_STORES, exportAll, loadState, readState } from './read-state.ts';
import { ALL_STORES } from './read-state.ts';


/**
 * Validates the whole file first, then writes all of it in one transaction: records with the same
 * key are replaced by the file's, others are kept; settings are replaced. If any write fails the
 * transaction aborts and nothing changes.
 */
export async function importAll(file: unknown): Promise<ImportResult> {
  const parsed = parseExportFile(file);
  if (!parsed.ok) return parsed.path ? { ok: false, errorKey: parsed.errorKey, path: parsed.path } : { ok: false, errorKey: parsed.errorKey };
  const d = parsed.file.data;
  try {
    await write([...ALL_STORES], async (tx) => {
      await requestAll([
        ...d.accounts.map((x) => () => tx.objectStore('accounts').put(x)),
        ...d.prevention.map((x) => () => tx.objectStore('prevention').put(x)),
        ...d.cases.map((x) => () => tx.objectStore('cases').put(x)),
        ...d.progress.map((x) => () => tx.objectStore('progress').put(x)),
        ...d.drills.map((x) => () => tx.objectStore('drills').put(x)),
        ...d.reminderLogs.map((x) => () => tx.objectStore('reminderLogs').put(x)),
        () => tx.objectStore('settings').put(d.settings, SETTINGS_KEY),
      ]);
      // The file is within the caps; the file plus what is already here may not be.
      for (const s of ['accounts', 'cases', 'progress', 'drills', 'reminderLogs'] as const) {
        if ((await tx.objectStore(s).count()) > LIMITS[s]) overLimit(s);
      }
    });
  } catch (e) {
    return { ok: false, errorKey: e instanceof StoreError && e.kind === 'limit' ? 'storeErrLimit' : 'popupImportWriteFailed' };
  }
  return { ok: true, counts: { accounts: d.accounts.length, cases: d.cases.length, progress: d.progress.length, drills: d.drills.length } };
}
