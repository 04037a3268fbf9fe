import type { Runtime } from '../shared/browser.ts';
import { isEnvelope, type MessageType, type Req, type Res } from '../shared/messages.ts';
import { awsSurface } from '../site/aws-hosts.ts';
import { validPayload } from './message-schemas.ts';

export type Handler<K extends MessageType> = (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>>;
/** A feature module's handlers (some types). */
export type Handlers = { [K in MessageType]?: Handler<K> };
/** The worker's handlers: the compiler requires one for every message type. */
export type AllHandlers = { [K in MessageType]: Handler<K> };

export interface RouterDeps {
  /** This extension's id and page origin, to tell our own pages from everything else. */
  extensionId: string;
  extensionOrigin: string;
  /**
   * Resolves when the database is open and migrated; every handler waits for it. Called per
   * message, so a failed open is retried by the next message instead of failing all of them.
   */
  ready: () => Promise<unknown>;
  handlers: Handlers;
}

/**
 * Who may send what: `ui→` only from this extension's pages (not from a content script, which
 * also carries our extension id); `cs→` only from a top-level tab on an AWS host we serve.
 */
export function senderAllowed(type: MessageType, sender: Runtime.MessageSender, deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>): boolean {
  if (sender.id !== deps.extensionId) return false;
  // A content script's sender.url is the AWS page, never our origin, even though it carries our id.
  if (type.startsWith('ui→')) return typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
  if (type.startsWith('cs→')) {
    const surface = awsSurface(sender.url);
    if (!sender.tab || sender.frameId !== 0 || surface === null) return false;
    // Account labels and contact confirmations belong to the signed-in console, not to the
    // sign-in or support pages, which have no business asking for them.
    if (type.startsWith('cs→bg/console:')) return surface === 'console';
    // The decision tree lives on the sign-in pages only.
    if (type === 'cs→bg/recovery:pending' || type === 'cs→bg/recovery:step') return surface === 'signin';
    return true;
  }
  return false;
}

/**
 * Types whose handler needs no database: they do not wait for it to open, so a worker that was
 * asleep injects the panel without first opening IndexedDB (issue #14).
 */
const NO_STORE: ReadonlySet<MessageType> = new Set<MessageType>(['cs→bg/panel:inject']);

/** Thrown back to the sender when a payload does not match its type's schema. */
export class InvalidPayload extends Error {
  constructor(type: MessageType) {
    super(`MFA Lifeline: invalid payload for ${type}`);
    this.name = 'InvalidPayload';
  }
}

/**
 * The worker's only onMessage listener. Returns undefined for anything it does not own, so other
 * listeners may answer (never an async listener that claims every message); otherwise a promise,
 * which webextension-polyfill turns into the reply. The payload is validated here, once, against
 * its schema (message-schemas.ts) before the handler runs; a bad one is refused (rejected).
 */
export function createRouter(deps: RouterDeps) {
  return (msg: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(msg)) return undefined;
    const handler = deps.handlers[msg.type] as Handler<MessageType> | undefined;
    if (!handler || !senderAllowed(msg.type, sender, deps)) return undefined;
    const payload = validPayload(msg.type, msg.payload);
    if (payload === null) return Promise.reject(new InvalidPayload(msg.type));
    if (NO_STORE.has(msg.type)) return handler(payload, sender);
    return deps.ready().then(() => handler(payload, sender));
  };
}
