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
import { MFA_DEVICE_KINDS } from '../domain/mfa-devices.ts';
import { LIMITS } from '../domain/limits.ts';

/** Text as shown on an AWS page (account id, phone): short. */
const shown = (max: number) => v.pipe(v.string(), v.maxLength(max));
const accountKey = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));

export type MessageSchemas = { [K in MessageType]: v.GenericSchema<unknown, Req<K>> };

export const MESSAGE_SCHEMAS: MessageSchemas = {
  'cs→bg/panel:hello': v.object({ page: v.picklist(PAGE_KINDS), uiLang: v.optional(v.picklist(LANGS)) }),
  'cs→bg/progress:record': v.object({ page: v.picklist(PAGE_KINDS), step: v.pipe(v.string(), v.check((s: string) => isStepId(s), 'step id')) }),
  'cs→bg/phone:format': v.object({ input: shown(200), country: v.pipe(v.string(), v.regex(/^(?:[A-Z]{2})?$/)) }),
  'cs→bg/console:accounts': v.object({ accountIdOnPage: v.optional(shown(40)) }),
  'cs→bg/console:confirm-contact': v.object({ accountKey, phoneShown: v.optional(shown(64)) }),
  'cs→bg/console:record-mfa': v.object({
    accountKey,
    devices: v.pipe(v.array(v.object({ kind: v.picklist(MFA_DEVICE_KINDS), where: shown(LIMITS.where) })), v.maxLength(LIMITS.devices)),
  }),
  'ui→bg/state:changed': v.strictObject({}),
};

/** The payload as its handler may take it, or null when the schema refuses it. */
export function validPayload<K extends MessageType>(type: K, payload: unknown): Req<K> | null {
  const r = v.safeParse(MESSAGE_SCHEMAS[type] as v.GenericSchema<unknown, Req<K>>, payload);
  return r.success ? r.output : null;
}
