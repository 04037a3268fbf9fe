/**
 * Upgrade rung 1 -> 2. FROZEN once shipped: never edit it, add a new rung.
 * Adds the drill results and the reminder log, indexes progress by time for the timeline, and
 * reshapes the settings record: version 1 stored the language only, version 2 also keeps the
 * reminder cadences, filled here with the defaults so readers never see a half record.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DBv2 } from '../schema.ts';
import { SETTINGS_KEY } from '../schema.ts';
import type { Settings } from '../../model.ts';

/** The defaults as of version 2, copied (not imported) so later changes cannot alter this rung. */
const REMINDERS_V2: Settings['reminders'] = { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true };

export async function upgradeToV2(db: IDBPDatabase<DBv2>, tx: IDBPTransaction<DBv2, StoreNames<DBv2>[], 'versionchange'>): Promise<void> {
  const drills = db.createObjectStore('drills', { keyPath: 'id' });
  drills.createIndex('by-account', 'accountKey');
  db.createObjectStore('reminderLogs', { keyPath: 'id' });
  tx.objectStore('progress').createIndex('by-at', 'at');

  const settings = tx.objectStore('settings');
  const old = (await settings.get(SETTINGS_KEY)) as Partial<Settings> | undefined;
  if (old) {
    await settings.put({ lang: old.lang ?? 'auto', reminders: { ...REMINDERS_V2, ...(old.reminders ?? {}) } }, SETTINGS_KEY);
  }
}
