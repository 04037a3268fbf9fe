/**
 * What can go wrong with the store, in words the user can act on. Every repo function throws a
 * StoreError (never a bare DOMException), and every screen shows `storeErrorKey(e)`: what
 * happened and what to do, with the promise that what was saved before is still there.
 */
export type StoreErrorKind =
  /** The browser refused more data (disk full, or the profile's quota is used up). */
  | 'quota'
  /** Another tab of this extension holds an older version of the database open. */
  | 'blocked'
  /** The database could not be opened at all (private mode, a newer version on disk, a broken profile). */
  | 'open-failed'
  /** The write was rolled back (the browser aborted it, or it was closing the database). */
  | 'aborted'
  /** A cap of domain/limits.ts would be exceeded. */
  | 'limit'
  /** The record changed under the screen: it was deleted elsewhere. */
  | 'missing';

export class StoreError extends Error {
  readonly kind: StoreErrorKind;
  constructor(kind: StoreErrorKind, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${kind}: ${detail}` : kind, options);
    this.name = 'StoreError';
    this.kind = kind;
  }
}

function domName(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const name = (e as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** Classifies whatever IndexedDB threw (a request's error, a transaction's, an open's). */
export function toStoreError(e: unknown, during: 'open' | 'write' = 'write'): StoreError {
  if (e instanceof StoreError) return e;
  const name = domName(e);
  // A failed put aborts its transaction: the abort carries the put's QuotaExceededError.
  const inner = domName((e as { target?: { error?: unknown } } | null)?.target?.error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new StoreError('quota', undefined, { cause: e });
  if (during === 'open') return new StoreError('open-failed', name, { cause: e });
  return new StoreError('aborted', name, { cause: e });
}

/** The locale key (fragment src/locales/<lang>/store.json) that tells the user about `e`. */
export function storeErrorKey(e: unknown): string {
  const kind = e instanceof StoreError ? e.kind : toStoreError(e).kind;
  switch (kind) {
    case 'quota':
      return 'storeErrQuota';
    case 'blocked':
      return 'storeErrBlocked';
    case 'open-failed':
      return 'storeErrOpen';
    case 'limit':
      return 'storeErrLimit';
    case 'missing':
      return 'storeErrMissing';
    case 'aborted':
      return 'storeErrAborted';
  }
}
