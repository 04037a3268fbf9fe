/**
 * The popup's view of the store: one loadState() read, read again after every write and
 * whenever another page or the worker announces a change (changes.ts), so no view keeps
 * trusting a copy it loaded earlier. Writes are patches (src/shared/db/); `write` never rejects:
 * it resolves false and sets `failure` (a localized sentence saying what happened and what to
 * do), so a form that awaits it keeps what the user typed. The worker is told about each write
 * by message (a message wakes a stopped service worker; a BroadcastChannel post would not).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadState } from '../shared/db/read-state.ts';
import { onStoreChanged } from '../shared/db/changes.ts';
import { StoreError } from '../shared/db/errors.ts';
import { storeFailureText } from '../shared/db/failure-text.ts';
import { t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';
import type { StoredState } from '../shared/model.ts';
import type { FirstScreen } from '../shared/db/first-screen.ts';

export function notifyChanged(): void {
  send('ui→bg/state:changed', {}).catch(() => undefined);
}

export interface Store {
  state: StoredState | null;
  /** How many accounts there are: known from the first read even before the whole state is. */
  count: number | null;
  /** The first read failed: a sentence saying why and what to do; null when fine. */
  error: string | null;
  /** The last write failed: a sentence saying what happened and what to do; null when fine. */
  failure: string | null;
  dismissFailure: () => void;
  /** Runs a write, tells the worker, and reloads; resolves false (never rejects) when it failed. */
  write: (fn: () => Promise<unknown>) => Promise<boolean>;
  reload: () => Promise<void>;
}

function loadFailureText(e: unknown): string {
  return e instanceof StoreError && (e.kind === 'blocked' || e.kind === 'open-failed') ? storeFailureText(e) : t('popupLoadFailed');
}

/** Until the frame after the next paint: the first screen is drawn before the rest is read. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * `first`: what main.tsx read before rendering (loadFirstScreen). With the whole state in it
 * nothing more is read now; with only the number of accounts (many of them) the state is read
 * after the first paint.
 */
export function useStore(first?: FirstScreen | null): Store {
  const [state, setState] = useState<StoredState | null>(first?.state ?? null);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setState(await loadState());
      setError(null);
    } catch (e) {
      // Keep showing what was read before, if anything: a failed re-read loses nothing on screen.
      setError(loadFailureText(e));
    }
  }, []);
  // The first read is used once, on mount.
  useEffect(() => {
    const off = onStoreChanged(() => void reload());
    // After our own listener exists: a change announced since the first read means read again.
    const changed = first ? first.changedSince() : true;
    if (changed || !first) void reload();
    else if (!first.state) afterPaint(() => void reload());
    return off;
  }, [reload]);
  const write = useCallback(
    async (fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (e) {
        setFailure(storeFailureText(e));
        await reload();
        return false;
      }
      setFailure(null);
      notifyChanged();
      await reload();
      return true;
    },
    [reload],
  );
  const dismissFailure = useCallback(() => setFailure(null), []);
  const count = state ? state.accounts.length : (first?.accounts ?? null);
  return { state, count, error, failure, dismissFailure, write, reload };
}

export function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}
