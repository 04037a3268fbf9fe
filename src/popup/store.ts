/**
 * The popup's view of the store: one loadState() read, read again after every write and
 * whenever another page or the worker announces a change (changes.ts), so no view keeps
 * trusting a copy it loaded earlier. Writes are patches (src/shared/db/); `write` never rejects:
 * it resolves false and sets `failure` (a localized sentence saying what happened and what to
 * do), so a form that awaits it keeps what the user typed. The worker is told about each write
 * by message (a message wakes a stopped service worker; a BroadcastChannel post would not).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadState } from '../shared/db/repo.ts';
import { onStoreChanged } from '../shared/db/changes.ts';
import { StoreError } from '../shared/db/errors.ts';
import { storeFailureText } from '../shared/db/failure-text.ts';
import { t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';
import type { StoredState } from '../shared/model.ts';

export function notifyChanged(): void {
  send('ui→bg/state:changed', {}).catch(() => undefined);
}

export interface Store {
  state: StoredState | null;
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

export function useStore(): Store {
  const [state, setState] = useState<StoredState | null>(null);
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
  useEffect(() => {
    void reload();
    return onStoreChanged(() => void reload());
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
  return { state, error, failure, dismissFailure, write, reload };
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
