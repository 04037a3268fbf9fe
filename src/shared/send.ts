import { browser } from './browser.ts';
import type { MessageType, Req, Res } from './messages.ts';

/** Sends a typed message to the worker and returns its typed answer. */
export function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Res<K>>;
}
