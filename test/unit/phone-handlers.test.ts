import { describe, expect, it } from 'vitest';
import { phoneHandlers } from '../../src/background/phone-handlers.ts';
import type { Runtime } from '../../src/shared/browser.ts';

const sender = {} as Runtime.MessageSender;
const format = phoneHandlers['cs→bg/phone:format']!;

describe("the worker's phone:format handler", () => {
  it('answers the international form of a number typed at home', async () => {
    await expect(format({ input: '090-1234-5678', country: 'JP' }, sender)).resolves.toMatchObject({ ok: true, e164: '+819012345678' });
  });
  it('answers an error, not a rejection, for garbage and malformed payloads', async () => {
    await expect(format({ input: 'abc', country: 'JP' }, sender)).resolves.toEqual({ ok: false, error: 'letters' });
    await expect(format({ input: 42 as unknown as string, country: 'JP' }, sender)).resolves.toEqual({ ok: false, error: 'empty' });
    await expect(format({ input: '090-1234-5678', country: 'ZZ' }, sender)).resolves.toEqual({ ok: false, error: 'no-country' });
  });
  it('checks a number shown on an AWS page (empty country) for the +country form AWS needs', async () => {
    await expect(format({ input: '090-1234-5678', country: '' }, sender)).resolves.toEqual({ ok: false, error: 'not-international' });
    await expect(format({ input: '+81-90-1234-5678', country: '' }, sender)).resolves.toMatchObject({ ok: true, e164: '+819012345678' });
    await expect(format({ input: '090-1234-5678', country: null as unknown as string }, sender)).resolves.toEqual({ ok: false, error: 'not-international' });
  });
});
