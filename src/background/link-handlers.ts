/**
 * The link page's doorway (issue #9 item 1). A panel button that needs stored data asks the
 * worker to open src/link/index.html; the worker keeps what the panel sent (only what the AWS page
 * itself shows, re-checked here) behind a random one-time token in the new tab's URL hash, and
 * the link page redeems it. Content scripts cannot open extension pages (the link page is not
 * web-accessible, so AWS pages cannot open or frame it either); tabs.create needs no permission.
 */
import type { AllHandlers } from './router.ts';
import type { LinkPurpose, LinkTicket } from '../shared/messages.ts';
import { accountIdDigits, MAX_SHOWN } from '../domain/contact-compare.ts';
import { browser } from '../shared/browser.ts';

export const LINK_PAGE = 'src/link/index.html';
/** A token not redeemed within this time is dropped (the user can click again). */
const TICKET_MS = 10 * 60_000;
/** At most this many open tickets: the oldest goes first. */
const MAX_TICKETS = 20;
const PURPOSES: readonly LinkPurpose[] = ['contact', 'devices', 'recovery', 'phone-format'];

const tickets = new Map<string, { ticket: LinkTicket; at: number }>();

/** The ticket as the worker will hold it: known purpose, id as 12 digits, bounded phone text. */
export function cleanTicket(x: unknown): LinkTicket | null {
  if (typeof x !== 'object' || x === null) return null;
  const { purpose, accountIdOnPage, phoneShown } = x as Record<string, unknown>;
  if (!PURPOSES.includes(purpose as LinkPurpose)) return null;
  const id = accountIdDigits(accountIdOnPage);
  const phone = typeof phoneShown === 'string' && phoneShown.trim() && phoneShown.length <= MAX_SHOWN ? phoneShown.trim() : undefined;
  return {
    purpose: purpose as LinkPurpose,
    // The recovery and phone-format modes work from the user's own data only.
    ...(id && (purpose === 'contact' || purpose === 'devices') ? { accountIdOnPage: id } : {}),
    ...(phone && purpose === 'contact' ? { phoneShown: phone } : {}),
  };
}

function prune(now: number): void {
  for (const [k, v] of tickets) if (now - v.at > TICKET_MS) tickets.delete(k);
  while (tickets.size >= MAX_TICKETS) tickets.delete(tickets.keys().next().value!);
}

export const linkHandlers: Pick<AllHandlers, 'cs→bg/link:open' | 'ui→bg/link:ticket'> = {
  'cs→bg/link:open': async (req, sender) => {
    const ticket = cleanTicket(req);
    if (!ticket) return { opened: false };
    const now = Date.now();
    prune(now);
    const token = crypto.randomUUID();
    tickets.set(token, { ticket, at: now });
    const tab = sender.tab;
    await browser.tabs.create({
      url: browser.runtime.getURL(`${LINK_PAGE}#${token}`),
      ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    });
    return { opened: true };
  },

  'ui→bg/link:ticket': async ({ token }) => {
    const held = typeof token === 'string' ? tickets.get(token) : undefined;
    if (held) tickets.delete(token);
    return { ticket: held && Date.now() - held.at <= TICKET_MS ? held.ticket : null };
  },
};
