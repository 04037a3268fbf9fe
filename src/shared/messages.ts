/**
 * The one message protocol between the contexts (Dark Reader style: the type names say the
 * direction). `cs→bg` come from content scripts on AWS pages and are low-privilege: they never
 * receive stored personal data beyond what the page already shows. `ui→bg` come only from the
 * extension's own pages. The worker's router (src/background/router.ts) enforces both.
 *
 * No side effects at import time: content scripts import this file.
 */
import type { Messages } from './locale-merge.ts';
import type { Lang } from './i18n.ts';
import type { PageKind } from './page-kind.ts';
import type { RecoveryPathId } from './model.ts';
import type { Question, QuestionId, RecoveryPath } from '../domain/recovery-tree.ts';

/** Result of checking a phone number typed or shown on a page (see src/domain/phone.ts). */
export type PhoneCheck =
  | { ok: true; e164: string; international: string; country?: string }
  | { ok: false; error: PhoneErrorCode };
export type PhoneErrorCode = 'empty' | 'letters' | 'too-long' | 'too-short' | 'invalid' | 'no-country' | 'not-international';

/** How the page's account and number compare with what is stored (src/domain/contact-compare.ts). */
export type AccountStatus = 'in-list' | 'not-in-list' | 'no-id';
export type PhoneVerdict = 'same' | 'differs' | 'none-stored' | 'unreadable' | 'none-shown';

/** What the link page (an extension page the panel opens) is asked to do. */
export type LinkPurpose = 'contact' | 'devices' | 'recovery' | 'phone-format';
/** Held by the worker behind a one-time token: only what the AWS page itself showed. */
export interface LinkTicket {
  purpose: LinkPurpose;
  accountIdOnPage?: string;
  phoneShown?: string;
}

/**
 * A step of the lost-MFA decision tree as the worker answers it (the tree's data stays out of the
 * content script, issue #14): a question with its "n of m", or the path the answers lead to.
 */
export type TreeStepView =
  | ({ kind: 'question'; id: QuestionId; n: number; of: number } & Question)
  | { kind: 'outcome'; path: RecoveryPathId; view: RecoveryPath; /** Steps shown at once; the rest behind "details". */ shown: number };
/** The answers given so far, in the order the questions were asked. */
export type TreeAnswerList = [string, boolean | string][];

export interface Protocol {
  /**
   * Panel start-up: the language to speak (and its table when it differs from the browser's).
   * `uiLang` is the browser language as the content script sees it: a Chromium service worker's
   * i18n.getUILanguage() answers "en-US" even when browser.i18n speaks Japanese.
   */
  'cs→bg/panel:hello': { req: { page: PageKind; uiLang?: Lang }; res: { lang: Lang; messages: Messages | null } };
  /**
   * The detector recognized a page that needs the panel: the worker injects the panel's script
   * into the sender's document (same isolated world), once per request. Nothing in the payload:
   * the worker decides from the sender (tab, top frame, URL on a route a panel lives on).
   */
  'cs→bg/panel:inject': { req: Record<string, never>; res: { injected: boolean } };
  /** A step the user reached on an AWS page, for the timeline. */
  'cs→bg/progress:record': { req: { page: PageKind; step: string }; res: { recorded: boolean } };
  /**
   * Console Account page: whether the number the page shows is in the "+country" form AWS's call
   * needs; pure, nothing stored. Only text the page shows: no number is ever typed into the panel
   * (the support form's helper is on the link page, issue #9).
   */
  'cs→bg/phone:format': { req: { input: string }; res: PhoneCheck };
  /**
   * Console pages: whether the account whose id the page shows is in the user's list. A status
   * only: no label, key or stored value ever reaches the content script.
   */
  'cs→bg/console:status': { req: { accountIdOnPage?: string }; res: { account: AccountStatus } };
  /**
   * Console Account page: the user confirmed the contact details. The worker compares the id and
   * number the page shows with what is stored and marks the phone verified only when both match.
   * `format` says whether the number shown is in the "+country" form AWS's call needs.
   */
  'cs→bg/console:confirm-contact': {
    req: { accountIdOnPage?: string; phoneShown?: string };
    res: { account: AccountStatus; phone?: PhoneVerdict; recorded: boolean; format?: PhoneCheck };
  };
  /**
   * Sign-in panel: the decision tree's next step for the answers so far (null when they do not
   * follow the tree). Only the tree's own data: nothing stored is read. Asked after the user opens
   * the tree, so the panel's first appearance never waits for it.
   */
  'cs→bg/recovery:step': { req: { answers: TreeAnswerList }; res: { step: TreeStepView | null } };
  /** Sign-in panel: the decision tree reached an outcome; recorded as a pending recovery. */
  'cs→bg/recovery:pending': { req: { page: PageKind; answers: Record<string, boolean | string> }; res: { recorded: boolean } };
  /**
   * The user clicked a panel button that needs stored data: the worker opens the link page in a
   * new tab behind a one-time token (content scripts cannot open extension pages themselves).
   */
  'cs→bg/link:open': { req: LinkTicket; res: { opened: boolean } };
  /** The link page redeems its token (once) for what the panel asked it to do. */
  'ui→bg/link:ticket': { req: { token: string }; res: { ticket: LinkTicket | null } };
  /** An extension page changed stored state: re-derive alarms and the badge. */
  'ui→bg/state:changed': { req: Record<string, never>; res: { ok: true } };
}

export type MessageType = keyof Protocol;
export type Req<K extends MessageType> = Protocol[K]['req'];
export type Res<K extends MessageType> = Protocol[K]['res'];
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Req<K>;
}

export const MESSAGE_TYPES: readonly MessageType[] = [
  'cs→bg/panel:hello',
  'cs→bg/panel:inject',
  'cs→bg/progress:record',
  'cs→bg/phone:format',
  'cs→bg/console:status',
  'cs→bg/console:confirm-contact',
  'cs→bg/recovery:step',
  'cs→bg/recovery:pending',
  'cs→bg/link:open',
  'ui→bg/link:ticket',
  'ui→bg/state:changed',
];

export function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const { type, payload } = x as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && (MESSAGE_TYPES as readonly string[]).includes(type) && typeof payload === 'object' && payload !== null;
}
