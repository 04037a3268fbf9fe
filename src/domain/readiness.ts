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

/** Receives each item's outcome, in PREVENTION_ITEMS order. */
type Emit = (id: PreventionItemId, status: ItemStatus, doneAt?: string, noteKey?: string) => void;

/**
 * The one place that decides each item's status: readiness() dresses the outcomes as items,
 * readinessSummary() only counts them. Nothing is allocated per item here, since the overview
 * runs this for every account before its first render (issue #13).
 */
function decide(account: Account, prevention: PreventionState, drills: readonly DrillResult[], settings: Settings, now: Date, emit: Emit): void {
  const ticked = prevention.done;

  // Second device: the device list proves it; a tick is accepted when the list is not filled in.
  if (hasSecondFactor(account)) emit('second-mfa', 'done', ticked['second-mfa'] ?? account.updatedAt);
  else if (ticked['second-mfa']) emit('second-mfa', 'done', ticked['second-mfa']);
  else emit('second-mfa', 'todo', undefined, account.mfaDevices.length === 0 ? 'popupSafeNoteNoDevices' : undefined);

  // Phone: stored in international form and confirmed within the cadence.
  const phoneDays = days(settings.reminders.phoneVerifyEvery, DEFAULT_PHONE_DAYS);
  if (!account.phoneE164) emit('phone-verified', 'todo', undefined, 'popupSafeNoteNoPhone');
  else if (!account.phoneVerifiedAt) emit('phone-verified', 'todo', undefined, 'popupSafeNoteNeverVerified');
  else if (ageDays(account.phoneVerifiedAt, now) > phoneDays) emit('phone-verified', 'stale', account.phoneVerifiedAt, 'popupSafeNoteVerifyAgain');
  else emit('phone-verified', 'done', account.phoneVerifiedAt);

  if (ticked['alternate-contact']) emit('alternate-contact', 'done', ticked['alternate-contact']);
  else emit('alternate-contact', 'todo');

  if (ticked['root-email-independent']) emit('root-email-independent', 'done', ticked['root-email-independent']);
  else emit('root-email-independent', 'todo', undefined, account.rootEmail ? undefined : 'popupSafeNoteNoEmail');

  // Drill: the latest result counts (of two stored at the same instant, the later stored, as a
  // stable sort by time would leave it last); a pass expires after the drill cadence.
  const drillDays = days(settings.reminders.drillEvery, DEFAULT_DRILL_DAYS);
  let last: DrillResult | undefined;
  // Stryker disable next-line EqualityOperator: only drills stored at the very same instant swap places
  for (const d of drills) if (d.accountKey === account.key && (!last || d.at >= last.at)) last = d;
  if (!last) emit('backup-drill', 'todo');
  else if (!last.passed) emit('backup-drill', 'todo', undefined, 'popupSafeNoteDrillFailed');
  else if (ageDays(last.at, now) > drillDays) emit('backup-drill', 'stale', last.at, 'popupSafeNoteDrillAgain');
  else emit('backup-drill', 'done', last.at);

  // Kit: printed before something printed on it changed means the paper is out of date.
  // Bookkeeping (a phone confirmation) moves updatedAt but not contentAt (schema version 3).
  const kit = ticked['recovery-kit'];
  if (!kit) emit('recovery-kit', 'todo');
  else if ((account.contentAt ?? account.updatedAt) > kit) emit('recovery-kit', 'stale', kit, 'popupSafeNoteKitOutdated');
  else emit('recovery-kit', 'done', kit);
}

/** ready: all done; partial: some; at-risk: neither a second factor nor a working phone. */
function levelOf(done: number, total: number, secondOk: boolean, phoneOk: boolean): Readiness['level'] {
  return done === total ? 'ready' : !secondOk && !phoneOk ? 'at-risk' : 'partial';
}

export function readiness(
  account: Account,
  prevention: PreventionState,
  drills: readonly DrillResult[],
  settings: Settings,
  now: Date,
): Readiness {
  const items: ReadinessItem[] = [];
  decide(account, prevention, drills, settings, now, (id, status, doneAt, noteKey) => {
    const info = ITEM_INFO[id];
    // Field by field (doneAt and noteKey only when there is one), in the order items always had.
    const it = { id, status } as ReadinessItem;
    // Stryker disable next-line ConditionalExpression: an item never done has no date either way (a key set to undefined reads the same to every reader)
    if (doneAt) it.doneAt = doneAt;
    if (noteKey) it.noteKey = noteKey;
    it.titleKey = info.titleKey;
    it.whyKey = info.whyKey;
    it.link = info.link;
    it.manual = info.manual;
    items.push(it);
  });
  const done = items.filter((i) => i.status === 'done').length;
  return { items, done, total: items.length, level: levelOf(done, items.length, items[0]!.status === 'done', items[1]!.status === 'done') };
}

/** What a table of many accounts shows of readiness(): its counts and level, and whether the printed kit is out of date. */
export interface ReadinessSummary {
  done: number;
  total: number;
  level: Readiness['level'];
  kitStale: boolean;
}

/** readiness() without its items: the same outcomes, counted (the overview's rows, issue #13). */
export function readinessSummary(account: Account, prevention: PreventionState, drills: readonly DrillResult[], settings: Settings, now: Date): ReadinessSummary {
  let done = 0;
  let total = 0;
  let secondOk = false;
  let phoneOk = false;
  let kitStale = false;
  decide(account, prevention, drills, settings, now, (id, status) => {
    total++;
    if (status === 'done') {
      done++;
      if (id === 'second-mfa') secondOk = true;
      else if (id === 'phone-verified') phoneOk = true;
    } else if (id === 'recovery-kit' && status === 'stale') kitStale = true;
  });
  return { done, total, level: levelOf(done, total, secondOk, phoneOk), kitStale };
}
