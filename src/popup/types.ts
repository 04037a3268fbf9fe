import type { StoredState } from '../shared/model.ts';

/** What every view gets: the state as last read, and the write-then-reload function. */
export interface ViewProps {
  state: StoredState;
  /** Resolves true once committed, false when it failed (the popup then says why); never rejects. */
  write: (fn: () => Promise<unknown>) => Promise<boolean>;
}
