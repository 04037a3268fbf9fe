import { describe, expect, it } from 'vitest';
import { phoneHandlers } from '../../src/background/phone-handlers.ts';
import { validPayload } from '../../src/background/message-schemas.ts';
import type { Runtime } from '../../src/shared/browser.ts';

const sender = {} as Runtime.MessageSender;
const format = phoneHandlers['cs→bg/phone:format']!;

describe("the worker's phone:format handler (a number as an AWS page shows it)", () => {
  it('checks the number for the +country form AWS needs', async () => {
    await expect(format({ input: '090-1234-5678' }, sender)).resolves.toEqual({ ok: false, error: 'not-international' });
    await expect(format({ input: '+81-90-1234-5678' }, sender)).resolves.toMatchObject({ ok: true, e164: '+819012345678' });
  });
  it('answers an error, not a rejection, for garbage and malformed payloads', async () => {
    await expect(format({ input: 'abc' }, sender)).resolves.toEqual({ ok: false, error: 'letters' });
    await expect(format({ input: 42 as unknown as string }, sender)).resolves.toEqual({ ok: false, error: 'empty' });
  });
  it('takes no country any more: a number typed at home is never formatted for the panel (issue #9)', async () => {
    // An old-style payload keeps only the page's text: the country is dropped, so a local number stays refused.
    const payload = validPayload('cs→bg/phone:format', { input: '090-1234-5678', country: 'JP' });
    expect(payload).toEqual({ input: '090-1234-5678' });
    await expect(format(payload!, sender)).resolves.toEqual({ ok: false, error: 'not-international' });
  });
});
