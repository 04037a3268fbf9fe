import { ext, isPolyfillReject } from './ext.ts';
import type { MessageType, Req, Res } from './messages.ts';

/** Sends a typed message to the worker and returns its typed answer (rejects if the handler did). */
export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const answer = await ext().runtime.sendMessage({ type, payload });
  if (isPolyfillReject(answer)) throw new Error(answer.message);
  return answer as Res<K>;
}
