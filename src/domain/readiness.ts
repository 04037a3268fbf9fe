/**
 * The "Stay safe" summary for one account: which prevention items are done, which need
 * attention again, and why each matters. Derived from stored state, never stored itself.
 * Sources: ../shared/research/aws-pages.md §3.1 (e-mail + phone recovery, international format),
 * §3.4 (up to eight devices, passkeys), user-needs-and-peers.md §3 (root e-mail independence,
 * printed kit, quarterly phone checks).
 */
import type { Account, DrillResult, PreventionItemId, PreventionState, ReminderCadenceDays, Settings } from '../shared/model.ts';

export const PREVENTION_ITEMS: readonly PreventionItemId[] = [
  'second-mfa',
  'phone-verified',
  'alternate-contact',
  'root-email-independent',
  'backup-drill',
  'recovery-kit',
];

/** Where each item is done: an AWS console page, or one of our own pages. */
export type ItemLink = { kind: 'aws'; url: string } | { kind: 'drill' } | { kind: 'kit' };

// AWS's addresses are named once, in src/site/aws-urls.ts.
export { ACCOUNT_PAGE_URL as AWS_ACCOUNT_PAGE, SECURITY_CREDENTIALS_URL as AWS_SECURITY_CREDENTIALS } from '../site/aws-urls.ts';
import { ACCOUNT_PAGE_URL as AWS_ACCOUNT_PAGE, SECURITY_CREDENTIALS_URL as AWS_SECURITY_CREDENTIALS } from '../site/aws-urls.ts';

const ITEM_INFO: Record<PreventionItemId, { titleKey: string; whyKey: string; link: ItemLink; manual: boolean }> = {
  'second-mfa': { titleKey: 'popupSafeSecondMfa', whyKey: 'popupSafeSecondMfaWhy', link: { kind: 'aws', url: AWS_SECURITY_CREDENTIALS }, manual: true },
  'phone-verified': { titleKey: 'popupSafePhone', whyKey: 'popupSafePhoneWhy', link: { kind: 'aws', url: AWS_ACCOUNT_PAGE }, manual: true },
  'alternate-contact': { titleKey: 'popupSafeAltContact', whyKey: 'popupSafeAltContactWhy', link: { kind: 'aws', url: AWS_ACCOUNT_PAGE }, manual: true },
  'root-email-independent': { titleKey: 'popupSafeRootEmail', whyKey: 'popupSafeRootEmailWhy', link: { kind: 'aws', url: AWS_ACCOUNT_PAGE }, manual: true },
  'backup-drill': { titleKey: 'popupSafeDrill', whyKey: 'popupSafeDrillWhy', link: { kind: 'drill' }, manual: false },
  'recovery-kit': { titleKey: 'popupSafeKit', whyKey: 'popupSafeKitWhy', link: { kind: 'kit' }, manual: true },
};

export type ItemStatus = 'done' | 'todo' | 'stale';

export interface ReadinessItem {
  id: PreventionItemId;
  status: ItemStatus;
  /** When it was last done, if ever (ISO). */
  doneAt?: string;
  titleKey: string;
  whyKey: string;
  /** Why the status is what it is, when that is not obvious (e.g. "verified 120 days ago"). */
  noteKey?: string;
  link: ItemLink;
  /** The user may tick it by hand (the others follow from recorded facts). */
  manual: boolean;
}

export interface Readiness {
  items: ReadinessItem[];
  done: number;
  total: number;
  /** ready: all done; partial: some; at-risk: neither a second factor nor a working phone. */
  level: 'ready' | 'partial' | 'at-risk';
}

/** Default cadences when the user turned a reminder off: readiness still expires. */
const DEFAULT_PHONE_DAYS = 90;
const DEFAULT_DRILL_DAYS = 180;
const DAY_MS = 86_400_000;

function days(c: ReminderCadenceDays, fallback: number): number {
  return c === 'never' ? fallback : c;
}

function ageDays(at: string, now: Date): number {
  return (now.getTime() - Date.parse(at)) / DAY_MS;
}

/** A second device or a passkey: losing one phone is then an inconvenience, not a lockout. */
export function hasSecondFactor(a: Account): boolean {
  return a.mfaDevices.length >= 2 || a.mfaDevices.some((d) => d.kind === 'passkey');
}

export function readiness(
  account: Account,
  prevention: PreventionState,
  drills: readonly DrillResult[],
  settings: Settings,
  now: Date,
): Readiness {
  const ticked = prevention.done;
  const item = (id: PreventionItemId, status: ItemStatus, doneAt?: string, noteKey?: string): ReadinessItem => ({
    id,
    status,
    ...(doneAt ? { doneAt } : {}),
    ...(noteKey ? { noteKey } : {}),
    ...ITEM_INFO[id],
  });

  const items: ReadinessItem[] = [];

  // Second device: the device list proves it; a tick is accepted when the list is not filled in.
  if (hasSecondFactor(account)) items.push(item('second-mfa', 'done', ticked['second-mfa'] ?? account.updatedAt));
  else if (ticked['second-mfa']) items.push(item('second-mfa', 'done', ticked['second-mfa']));
  else items.push(item('second-mfa', 'todo', undefined, account.mfaDevices.length === 0 ? 'popupSafeNoteNoDevices' : undefined));

  // Phone: stored in international form and confirmed within the cadence.
  const phoneDays = days(settings.reminders.phoneVerifyEvery, DEFAULT_PHONE_DAYS);
  if (!account.phoneE164) items.push(item('phone-verified', 'todo', undefined, 'popupSafeNoteNoPhone'));
  else if (!account.phoneVerifiedAt) items.push(item('phone-verified', 'todo', undefined, 'popupSafeNoteNeverVerified'));
  else if (ageDays(account.phoneVerifiedAt, now) > phoneDays) items.push(item('phone-verified', 'stale', account.phoneVerifiedAt, 'popupSafeNoteVerifyAgain'));
  else items.push(item('phone-verified', 'done', account.phoneVerifiedAt));

  items.push(ticked['alternate-contact'] ? item('alternate-contact', 'done', ticked['alternate-contact']) : item('alternate-contact', 'todo'));

  if (ticked['root-email-independent']) items.push(item('root-email-independent', 'done', ticked['root-email-independent']));
  else items.push(item('root-email-independent', 'todo', undefined, account.rootEmail ? undefined : 'popupSafeNoteNoEmail'));

  // Drill: the latest result counts; a pass expires after the drill cadence.
  const drillDays = days(settings.reminders.drillEvery, DEFAULT_DRILL_DAYS);
  // Stryker disable next-line EqualityOperator: only drills stored at the very same instant swap places
  const mine = drills.filter((d) => d.accountKey === account.key).sort((a, b) => (a.at < b.at ? -1 : 1));
  const last = mine[mine.length - 1];
  if (!last) items.push(item('backup-drill', 'todo'));
  else if (!last.passed) items.push(item('backup-drill', 'todo', undefined, 'popupSafeNoteDrillFailed'));
  else if (ageDays(last.at, now) > drillDays) items.push(item('backup-drill', 'stale', last.at, 'popupSafeNoteDrillAgain'));
  else items.push(item('backup-drill', 'done', last.at));

  // Kit: printed before something printed on it changed means the paper is out of date.
  // Bookkeeping (a phone confirmation) moves updatedAt but not contentAt (schema version 3).
  const kit = ticked['recovery-kit'];
  if (!kit) items.push(item('recovery-kit', 'todo'));
  else if ((account.contentAt ?? account.updatedAt) > kit) items.push(item('recovery-kit', 'stale', kit, 'popupSafeNoteKitOutdated'));
  else items.push(item('recovery-kit', 'done', kit));

  const done = items.filter((i) => i.status === 'done').length;
  const secondOk = items[0]!.status === 'done';
  const phoneOk = items[1]!.status === 'done';
  const level = done === items.length ? 'ready' : !secondOk && !phoneOk ? 'at-risk' : 'partial';
  return { items, done, total: items.length, level };
}
