/** The reminders' log: "shown" (worker) and "snoozed"/"off" (popup, notification button) are patches. */
import type { ReminderLog } from '../model.ts';
import { LIMITS } from '../../domain/limits.ts';
import { read, write, overLimit } from './write.ts';

export function listReminderLogs(): Promise<ReminderLog[]> {
  return read(['reminderLogs'], (tx) => tx.objectStore('reminderLogs').getAll());
}

/** Changes one log entry as stored now (created when absent), in one transaction. */
export function patchReminderLog(id: string, change: (l: ReminderLog) => ReminderLog): Promise<ReminderLog> {
  return write(['reminderLogs'], async (tx) => {
    const store = tx.objectStore('reminderLogs');
    const current = await store.get(id);
    if (!current && (await store.count()) >= LIMITS.reminderLogs) overLimit('reminderLogs');
    const next = { ...change(current ?? { id }), id };
    await store.put(next);
    return next;
  });
}

/** Writes a whole log entry (seeding tests). Screens and the worker use patchReminderLog. */
export function putReminderLog(l: ReminderLog): Promise<void> {
  return write(['reminderLogs'], async (tx) => {
    await tx.objectStore('reminderLogs').put(l);
  });
}
