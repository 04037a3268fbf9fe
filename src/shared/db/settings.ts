/** The one settings record: patched field by field, never written back from a loaded copy. */
import type { ReminderSettings, Settings } from '../model.ts';
import { SETTINGS_KEY } from './schema.ts';
import { defaultSettings } from './defaults.ts';
import { read, write } from './write.ts';

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const d = defaultSettings();
  if (!stored) return d;
  return { lang: stored.lang ?? d.lang, reminders: { ...d.reminders, ...(stored.reminders ?? {}) } };
}

export function getSettings(): Promise<Settings> {
  return read(['settings'], async (tx) => withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY)));
}

export interface SettingsPatch {
  lang?: Settings['lang'];
  reminders?: Partial<ReminderSettings>;
}

/** Changes only the given settings, on the record as stored now. */
export function patchSettings(patch: SettingsPatch): Promise<Settings> {
  return write(['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const current = withDefaults(await store.get(SETTINGS_KEY));
    const next: Settings = { lang: patch.lang ?? current.lang, reminders: { ...current.reminders, ...(patch.reminders ?? {}) } };
    await store.put(next, SETTINGS_KEY);
    return next;
  });
}

/** Writes the whole settings record (seeding tests). Screens use patchSettings. */
export function putSettings(s: Settings): Promise<void> {
  return write(['settings'], async (tx) => {
    await tx.objectStore('settings').put({ lang: s.lang, reminders: { ...s.reminders } }, SETTINGS_KEY);
  });
}
