/**
 * The popup's view of the store: one loadState() read, reloaded after every write, and the
 * worker told about each write (it re-derives alarms and the badge; a missing worker is fine).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadState } from '../shared/db/repo.ts';
import { send } from '../shared/send.ts';
import type { StoredState } from '../shared/model.ts';

export function notifyChanged(): void {
  send('ui→bg/state:changed', {}).catch(() => undefined);
}

export interface Store {
  state: StoredState | null;
  error: boolean;
  /** Runs a write, tells the worker, and reloads. */
  write: (fn: () => Promise<unknown>) => Promise<void>;
  reload: () => Promise<void>;
}

export function useStore(): Store {
  const [state, setState] = useState<StoredState | null>(null);
  const [error, setError] = useState(false);
  const reload = useCallback(async () => {
    try {
      setState(await loadState());
      setError(false);
    } catch {
      setError(true);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const write = useCallback(
    async (fn: () => Promise<unknown>) => {
      await fn();
      notifyChanged();
      await reload();
    },
    [reload],
  );
  return { state, error, write, reload };
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
