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
import type { MfaDeviceKind } from './model.ts';

/** Result of checking a phone number typed or shown on a page (see src/domain/phone.ts). */
export type PhoneCheck =
  | { ok: true; e164: string; international: string; country?: string }
  | { ok: false; error: PhoneErrorCode };
export type PhoneErrorCode = 'empty' | 'letters' | 'too-long' | 'too-short' | 'invalid' | 'no-country' | 'not-international';

/** An account as a content script may see it: a label to pick from, nothing personal. */
export interface AccountChoice {
  key: string;
  label: string;
}

export interface Protocol {
  /**
   * Panel start-up: the language to speak (and its table when it differs from the browser's).
   * `uiLang` is the browser language as the content script sees it: a Chromium service worker's
   * i18n.getUILanguage() answers "en-US" even when browser.i18n speaks Japanese.
   */
  'cs→bg/panel:hello': { req: { page: PageKind; uiLang?: Lang }; res: { lang: Lang; messages: Messages | null } };
  /** A step the user reached on an AWS page, for the timeline. */
  'cs→bg/progress:record': { req: { page: PageKind; step: string }; res: { recorded: boolean } };
  /** Formats a phone number the user typed (support-form helper); pure, nothing stored. */
  'cs→bg/phone:format': { req: { input: string; country: string }; res: PhoneCheck };
  /** Console pages: the accounts to choose from, and which one matches the id shown on the page. */
  'cs→bg/console:accounts': { req: { accountIdOnPage?: string }; res: { accounts: AccountChoice[]; matched?: string } };
  /** Console Account page: the user confirmed the phone and e-mail shown are current. */
  'cs→bg/console:confirm-contact': {
    req: { accountKey: string; phoneShown?: string };
    res: { recorded: boolean; phone?: PhoneCheck };
  };
  /** Security credentials page: the user recorded which MFA devices the account has. */
  'cs→bg/console:record-mfa': {
    req: { accountKey: string; devices: { kind: MfaDeviceKind; where: string }[] };
    res: { recorded: boolean };
  };
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
  'cs→bg/progress:record',
  'cs→bg/phone:format',
  'cs→bg/console:accounts',
  'cs→bg/console:confirm-contact',
  'cs→bg/console:record-mfa',
  'ui→bg/state:changed',
];

export function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const { type, payload } = x as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && (MESSAGE_TYPES as readonly string[]).includes(type) && typeof payload === 'object' && payload !== null;
}
