/**
 * The one entry to the database (contracts §1). Each store has its own small module; every
 * write there is one readwrite transaction that reads what it changes (write.ts), announces the
 * change to the other open pages after the commit, and throws a StoreError on failure.
 */
export * from './accounts.ts';
export * from './cases.ts';
export * from './prevention.ts';
export * from './progress.ts';
export * from './drills.ts';
export * from './settings.ts';
export * from './reminder-logs.ts';
export * from './state.ts';
export { diffAccount, type AccountPatch } from './account-patch.ts';
export { StoreError, storeErrorKey } from './errors.ts';
