/** Small builders for reminder tests: a stored state with only what a test names. */
import type { Account, RecoveryCase, ReminderLog, Settings, StoredState } from '../../src/shared/model.ts';

export function account(over: Partial<Account> = {}): Account {
  return {
    key: 'acc1',
    label: 'Production',
    mfaDevices: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

export function recoveryCase(over: Partial<RecoveryCase> = {}): RecoveryCase {
  return { id: 'case1', accountKey: 'acc1', path: 'support-documents', startedAt: '2026-01-01T00:00:00.000Z', steps: {}, ...over };
}

export function state(over: Partial<Omit<StoredState, 'settings'>> & { reminders?: Partial<Settings['reminders']> } = {}): StoredState {
  const { reminders, ...rest } = over;
  return {
    accounts: [account()],
    prevention: [],
    cases: [],
    progress: [],
    drills: [],
    reminderLogs: [] as ReminderLog[],
    settings: {
      lang: 'auto',
      reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 'never', documentsFollowUp: true, objectionEmail: true, ...reminders },
    },
    ...rest,
  };
}

/** Runs `fn` with the process in time zone `tz` (Node re-reads TZ when it is assigned). */
export function inZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
