/**
 * How every open extension page (popup, kit, drill, overview, link page) and the worker hear that
 * the store changed: one BroadcastChannel in the extension's own origin. AWS pages cannot join
 * it (a channel is scoped to its origin), and it carries no data, only which stores changed, so a
 * listener re-reads what it shows instead of trusting a copy it loaded earlier.
 */
const CHANNEL = 'mfa-lifeline:store';

/** Object stores whose content changed; listeners may ignore what they do not show. */
export type ChangedStores = readonly string[];

interface ChangeMessage {
  stores: ChangedStores;
  /** The announcing page's SELF (absent from older senders). */
  from?: string;
}

/**
 * This page's (or the worker's) own id. BroadcastChannel spares only the channel object that
 * posted: another listener in the same page hears its page's announcements too. A page that
 * re-reads after each of its own writes anyway asks to skip them (ignoreOwn), so one write is
 * not read back twice (at a thousand accounts, a second full read and render; issue #13).
 */
const SELF = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    // Node (unit tests) would otherwise keep running for a channel nobody listens to.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

/** Tells every other page and the worker, and other listeners of this page, that `stores` changed. */
export function announceChange(stores: ChangedStores): void {
  open()?.postMessage({ stores, from: SELF } satisfies ChangeMessage);
}

/**
 * Calls `listener` when a change is announced; returns the unsubscribe. `ignoreOwn`: not for
 * changes this same page announced (for a page that re-reads after each of its own writes).
 */
export function onStoreChanged(listener: (stores: ChangedStores) => void, opts: { ignoreOwn?: boolean } = {}): () => void {
  const ch = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (!ch) return () => undefined;
  (ch as { unref?: () => void }).unref?.();
  ch.onmessage = (e: MessageEvent<unknown>) => {
    const data = e.data as Partial<ChangeMessage> | null;
    if (opts.ignoreOwn && data?.from === SELF) return;
    if (data && Array.isArray(data.stores)) listener(data.stores.filter((s): s is string => typeof s === 'string'));
  };
  return () => ch.close();
}
