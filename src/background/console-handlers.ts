/**
 * Handlers for the console Account and Security credentials panels (issue #5). The sender is a
 * content script in AWS's origin: it gets labels only, never stored personal data, and every
 * payload field is checked here because the page it runs beside is not ours.
 */
import type { AllHandlers } from './router.ts';
import { checkPhone } from '../domain/phone.ts';
import { getAccount, listAccounts, markPhoneVerified, updateMfaDevices } from '../shared/db/repo.ts';
import type { MfaDevice, MfaDeviceKind } from '../shared/model.ts';
import { refreshReminders } from './reminder-run.ts';

const DEVICE_KINDS: readonly MfaDeviceKind[] = ['authenticator-app', 'passkey', 'security-key', 'hardware-totp'];
/** AWS allows up to eight MFA devices on the root user. */
const MAX_DEVICES = 8;
const MAX_WHERE = 200;
const MAX_PHONE_SHOWN = 64;

/** "1234-5678-9012" or "123456789012" as shown on the page -> the 12 digits, or undefined. */
function accountIdDigits(shown: unknown): string | undefined {
  if (typeof shown !== 'string' || shown.length > 40) return undefined;
  const digits = shown.replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : undefined;
}

async function knownAccount(key: unknown) {
  return typeof key === 'string' && key !== '' ? getAccount(key) : undefined;
}

function validDevices(devices: unknown): Omit<MfaDevice, 'id'>[] | null {
  if (!Array.isArray(devices) || devices.length > MAX_DEVICES) return null;
  const out: Omit<MfaDevice, 'id'>[] = [];
  for (const d of devices as unknown[]) {
    const { kind, where } = (d ?? {}) as { kind?: unknown; where?: unknown };
    if (!DEVICE_KINDS.includes(kind as MfaDeviceKind) || typeof where !== 'string' || where.length > MAX_WHERE) return null;
    out.push({ kind: kind as MfaDeviceKind, where: where.trim() });
  }
  return out;
}

export const consoleHandlers: Pick<AllHandlers, 'cs→bg/console:accounts' | 'cs→bg/console:confirm-contact' | 'cs→bg/console:record-mfa'> = {
  'cs→bg/console:accounts': async ({ accountIdOnPage }) => {
    const accounts = await listAccounts();
    const id = accountIdDigits(accountIdOnPage);
    const matched = id ? accounts.find((a) => a.accountId?.replace(/\D/g, '') === id)?.key : undefined;
    return { accounts: accounts.map((a) => ({ key: a.key, label: a.label })), ...(matched ? { matched } : {}) };
  },

  'cs→bg/console:confirm-contact': async ({ accountKey, phoneShown }) => {
    // The check says whether AWS could call the number shown: it must already be "+country…".
    const phone = typeof phoneShown === 'string' && phoneShown.length <= MAX_PHONE_SHOWN ? checkPhone(phoneShown) : undefined;
    const account = await knownAccount(accountKey);
    if (!account) return { recorded: false, ...(phone ? { phone } : {}) };
    await markPhoneVerified(account.key, new Date().toISOString());
    // The phone reminder moves on; its notification and badge count go.
    await refreshReminders();
    return { recorded: true, ...(phone ? { phone } : {}) };
  },

  'cs→bg/console:record-mfa': async ({ accountKey, devices }) => {
    const account = await knownAccount(accountKey);
    const valid = validDevices(devices);
    if (!account || !valid) return { recorded: false };
    // A device recorded before keeps its id (the popup and the kit may refer to it). Computed on
    // the list as stored at the moment of the write, in the same transaction (issue #9).
    await updateMfaDevices(account.key, (current) => {
      const before = [...current];
      return valid.map((d) => {
        const i = before.findIndex((b) => b.kind === d.kind && b.where === d.where);
        return { ...d, id: i >= 0 ? before.splice(i, 1)[0]!.id : crypto.randomUUID() };
      });
    });
    return { recorded: true };
  },
};
