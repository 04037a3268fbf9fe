import type { StoredState } from '../shared/model.ts';

/** What every view gets: the state as last read, and the write-then-reload function. */
export interface ViewProps {
  state: StoredState;
  write: (fn: () => Promise<unknown>) => Promise<void>;
}
