/**
 * What a page's first screen needs, in one readonly transaction started as early as the page can
 * (issues #13 and #14): the settings (for the language) and the number of accounts, and the whole
 * state only when it is small enough to be drawn at once. Above that the page paints its summary
 * from the count and reads the rest after the first paint, so opening the popup costs the same
 * with a thousand accounts as with one.
 */
import type { Settings, StoredState } from '../model.ts';
import { SETTINGS_KEY } from './schema.ts';
import { withDefaults } from './settings.ts';
import { ALL_STORES, readState } from './read-state.ts';
import type { ReadTx, Store } from './write.ts';
import { openDatabase } from './open.ts';
import { toStoreError } from './errors.ts';
import { onStoreChanged } from './changes.ts';

export interface FirstScreen {
  settings: Settings;
  /** How many accounts are stored. */
  accounts: number;
  /** Everything, when there are at most `fullUpTo` accounts; null above that. */
  state: StoredState | null;
  /**
   * Whether another page or the worker announced a change since the read began (then read
   * again). Called once, after the page has its own listener: it stops this one.
   */
  changedSince: () => boolean;
}

/**
 * Like write.ts's read(), but done when the requests succeeded, not when the transaction has
 * sent its `complete` event: a readonly transaction's results are final once delivered (it sees
 * one snapshot and changes nothing), and the commit that follows is one more round trip through
 * the browser process before the first screen could be drawn (issue #13, first render).
 */
async function readNow<S extends Store, T>(stores: S[], fn: (tx: ReadTx<S>) => Promise<T>): Promise<T> {
  let db = await openDatabase();
  let tx: ReadTx<S>;
  try {
    tx = db.transaction(stores, 'readonly');
  } catch (e) {
    // The cached connection was closed under us (another context upgraded): open again, once.
    if ((e as { name?: string }).name !== 'InvalidStateError') throw toStoreError(e);
    db = await openDatabase();
    tx = db.transaction(stores, 'readonly');
  }
  // Nobody waits for the commit; its failure, if any, already failed a request.
  tx.done.catch(() => undefined);
  try {
    return await fn(tx);
  } catch (e) {
    throw toStoreError(e);
  }
}

export async function loadFirstScreen(fullUpTo: number): Promise<FirstScreen> {
  // Listening before reading: a change committed between the read and the page's own listener is not lost.
  let changed = false;
  const stop = onStoreChanged(() => {
    changed = true;
    stop();
  });
  try {
    const r = await readNow([...ALL_STORES], async (tx) => {
      if (fullUpTo === Number.POSITIVE_INFINITY) {
        // Everything is wanted (the overview): no count first, one round trip less.
        const state = await readState(tx);
        return { settings: state.settings, accounts: state.accounts.length, state };
      }
      const [settings, accounts] = await Promise.all([tx.objectStore('settings').get(SETTINGS_KEY), tx.objectStore('accounts').count()]);
      // Still in the same transaction: the count and the state agree.
      const state = accounts <= fullUpTo ? await readState(tx) : null;
      return { settings: state?.settings ?? withDefaults(settings), accounts, state };
    });
    return {
      ...r,
      changedSince: () => {
        stop();
        return changed;
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}
