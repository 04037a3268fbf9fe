import type { Settings } from '../model.ts';

/** Settings when nothing is stored yet (contracts §1). A fresh object each call: callers may mutate. */
export function defaultSettings(): Settings {
  return {
    lang: 'auto',
    reminders: { chosen: false, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true },
  };
}
