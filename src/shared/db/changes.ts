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
}

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

/** Tells every other page and the worker that `stores` changed (the sender does not hear itself). */
export function announceChange(stores: ChangedStores): void {
  open()?.postMessage({ stores } satisfies ChangeMessage);
}

/** Calls `listener` when another context announces a change; returns the unsubscribe. */
export function onStoreChanged(listener: (stores: ChangedStores) => void): () => void {
  const ch = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (!ch) return () => undefined;
  (ch as { unref?: () => void }).unref?.();
  ch.onmessage = (e: MessageEvent<unknown>) => {
    const data = e.data as Partial<ChangeMessage> | null;
    if (data && Array.isArray(data.stores)) listener(data.stores.filter((s): s is string => typeof s === 'string'));
  };
  return () => ch.close();
}
