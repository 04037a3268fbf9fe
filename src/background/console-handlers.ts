/**
 * Handlers for the console Account and Security credentials panels (issues #5, #9). The sender
 * is a content script in AWS's origin: it gets statuses only ("this account is in your list",
 * "the number here differs"), never a label, key or stored value, and every payload field is
 * checked here because the page it runs beside is not ours. Choosing an account, updating a
 * number and recording devices happen on the link page (src/link/), in the extension's origin.
 */
import type { AllHandlers } from './router.ts';
import { checkPhone } from '../domain/phone.ts';
import { checkContact, matchAccount, MAX_SHOWN } from '../domain/contact-compare.ts';
import { listAccounts, markPhoneVerified } from '../shared/db/repo.ts';
import { refreshReminders } from './reminder-run.ts';

const shownText = (x: unknown): string | undefined => (typeof x === 'string' && x.length <= MAX_SHOWN ? x : undefined);

export const consoleHandlers: Pick<AllHandlers, 'cs→bg/console:status' | 'cs→bg/console:confirm-contact'> = {
  'cs→bg/console:status': async ({ accountIdOnPage }) => ({ account: matchAccount(await listAccounts(), accountIdOnPage).status }),

  'cs→bg/console:confirm-contact': async ({ accountIdOnPage, phoneShown }) => {
    const shown = shownText(phoneShown);
    // Whether AWS could call the number shown at all: it must already be "+country…".
    const format = shown ? { format: checkPhone(shown) } : {};
    const check = checkContact(await listAccounts(), { accountId: accountIdOnPage, phone: shown });
    const answer = { account: check.account, ...(check.phone ? { phone: check.phone } : {}), ...format };
    // Only the account the page shows, and only when the page shows the number stored for it.
    if (!check.verifyKey) return { ...answer, recorded: false };
    await markPhoneVerified(check.verifyKey, new Date().toISOString());
    // The phone reminder moves on; its notification and badge count go.
    await refreshReminders();
    return { ...answer, recorded: true };
  },
};
