/**
 * One valibot schema per message type: the router checks every payload against its schema before
 * any handler runs, so handlers receive typed, validated data. The map's type makes the compiler
 * require a schema for every type of the Protocol (src/shared/messages.ts), and each schema's
 * output must be that type's request. Lives in the worker only: the content script never
 * imports valibot.
 *
 * Objects are `v.object` (unknown keys dropped, not refused), so a newer content script that
 * sends an extra optional field still talks to this worker; every string and array is bounded.
 */
import * as v from 'valibot';
import type { MessageType, Req } from '../shared/messages.ts';
import { PAGE_KINDS } from '../shared/page-kind.ts';
import { LANGS } from '../shared/i18n.ts';
import { isStepId } from '../shared/progress-steps.ts';

/** Text as shown on an AWS page (account id, phone): short. */
const shown = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** What the link page may be asked to do (src/background/link-handlers.ts). */
const LINK_PURPOSES = ['contact', 'devices', 'recovery', 'phone-format'] as const;

export type MessageSchemas = { [K in MessageType]: v.GenericSchema<unknown, Req<K>> };

export const MESSAGE_SCHEMAS: MessageSchemas = {
  'cs→bg/panel:hello': v.object({ page: v.picklist(PAGE_KINDS), uiLang: v.optional(v.picklist(LANGS)) }),
  'cs→bg/panel:inject': v.strictObject({}),
  'cs→bg/progress:record': v.object({ page: v.picklist(PAGE_KINDS), step: v.pipe(v.string(), v.check((s: string) => isStepId(s), 'step id')) }),
  'cs→bg/phone:format': v.object({ input: shown(64) }),
  'cs→bg/console:status': v.object({ accountIdOnPage: v.optional(shown(40)) }),
  'cs→bg/console:confirm-contact': v.object({ accountIdOnPage: v.optional(shown(40)), phoneShown: v.optional(shown(64)) }),
  // Each answer is re-checked against the tree by the handler; the tree has six questions.
  'cs→bg/recovery:step': v.object({ answers: v.pipe(v.array(v.tuple([shown(40), v.union([v.boolean(), shown(40)])])), v.maxLength(10)) }),
  'cs→bg/recovery:pending': v.object({
    page: v.picklist(PAGE_KINDS),
    // The tree's question ids are short; the handler re-derives the path from these answers.
    answers: v.pipe(v.record(v.pipe(v.string(), v.maxLength(40)), v.union([v.boolean(), v.pipe(v.string(), v.maxLength(40))])), v.check((r) => Object.keys(r).length <= 20, 'at most 20 answers')),
  }),
  'cs→bg/link:open': v.object({
    purpose: v.picklist(LINK_PURPOSES),
    accountIdOnPage: v.optional(shown(40)),
    phoneShown: v.optional(shown(64)),
  }),
  'ui→bg/link:ticket': v.object({ token: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) }),
  'ui→bg/state:changed': v.strictObject({}),
};

/** The payload as its handler may take it, or null when the schema refuses it. */
export function validPayload<K extends MessageType>(type: K, payload: unknown): Req<K> | null {
  const r = v.safeParse(MESSAGE_SCHEMAS[type] as v.GenericSchema<unknown, Req<K>>, payload);
  return r.success ? r.output : null;
}
