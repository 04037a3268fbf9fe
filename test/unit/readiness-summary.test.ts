/**
 * What the "Stay safe" summary tells the user: how at risk the account is, which drill result
 * counts, when a check or a printed kit goes out of date, and what each item's note says.
 */
import { describe, expect, it } from 'vitest';
import { readiness, PREVENTION_ITEMS, AWS_ACCOUNT_PAGE, AWS_SECURITY_CREDENTIALS } from '../../src/domain/readiness.ts';
import type { Account, DrillResult, PreventionState, Settings } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const settings = (over: Partial<Settings['reminders']> = {}): Settings => ({
  lang: 'auto',
  reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true, ...over },
});
const acct = (over: Partial<Account> = {}): Account => ({
  key: 'a',
  label: 'A',
  mfaDevices: [{ id: '1', kind: 'authenticator-app', where: 'phone' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const ticked = (done: PreventionState['done']): PreventionState => ({ accountKey: 'a', done });
const none = ticked({});
const drill = (at: string, passed: boolean): DrillResult => ({ id: at, accountKey: 'a', at, passed });
const item = (r: ReturnType<typeof readiness>, id: string) => r.items.find((i) => i.id === id)!;
const SECOND_DEVICE = [{ id: '1', kind: 'authenticator-app' as const, where: 'phone' }, { id: '2', kind: 'security-key' as const, where: 'drawer' }];
const VERIFIED_PHONE = { phoneE164: '+819012345678', phoneVerifiedAt: ago(10) };

describe('how at risk the account is', () => {
  it('is at risk with neither a second device nor a verified phone', () => {
    const r = readiness(acct(), ticked({ 'alternate-contact': ago(1), 'root-email-independent': ago(1), 'recovery-kit': ago(0) }), [drill(ago(1), true)], settings(), NOW);
    expect(r.done).toBe(4);
    expect(r.level).toBe('at-risk');
  });

  it('is partial with a second device but no verified phone', () => {
    expect(readiness(acct({ mfaDevices: SECOND_DEVICE }), none, [], settings(), NOW)).toMatchObject({ level: 'partial', done: 1 });
  });

  it('is partial with a verified phone but one device only', () => {
    expect(readiness(acct(VERIFIED_PHONE), none, [], settings(), NOW)).toMatchObject({ level: 'partial', done: 1 });
  });

  it('is partial, not ready, when one item is left', () => {
    const r = readiness(acct({ mfaDevices: SECOND_DEVICE, ...VERIFIED_PHONE }), ticked({ 'alternate-contact': ago(1), 'root-email-independent': ago(1), 'recovery-kit': ago(0) }), [], settings(), NOW);
    expect(r).toMatchObject({ level: 'partial', done: 5, total: 6 });
  });

  it('lists the six items in the same order every time', () => {
    expect(readiness(acct(), none, [], settings(), NOW).items.map((i) => i.id)).toEqual([...PREVENTION_ITEMS]);
    expect(PREVENTION_ITEMS).toEqual(['second-mfa', 'phone-verified', 'alternate-contact', 'root-email-independent', 'backup-drill', 'recovery-kit']);
  });
});

describe('the backup drill', () => {
  it('counts the newest drill even when an older result was stored after it', () => {
    const failedLast = [drill('2026-05-20T00:00:00.000Z', false), drill('2026-05-01T00:00:00.000Z', true)];
    expect(item(readiness(acct(), none, failedLast, settings(), NOW), 'backup-drill')).toMatchObject({ status: 'todo', noteKey: 'popupSafeNoteDrillFailed' });
    const passedLast = [drill('2026-05-20T00:00:00.000Z', true), drill('2026-05-01T00:00:00.000Z', false)];
    expect(item(readiness(acct(), none, passedLast, settings(), NOW), 'backup-drill')).toMatchObject({ status: 'done', doneAt: '2026-05-20T00:00:00.000Z' });
  });

  it('has no note before the first drill, and says when a pass is too old', () => {
    expect(item(readiness(acct(), none, [], settings(), NOW), 'backup-drill')).not.toHaveProperty('noteKey');
    expect(item(readiness(acct(), none, [drill(ago(181), true)], settings(), NOW), 'backup-drill')).toMatchObject({ status: 'stale', doneAt: ago(181), noteKey: 'popupSafeNoteDrillAgain' });
  });

  it('keeps a pass for exactly the drill cadence, and for 180 days when drill reminders are off', () => {
    expect(item(readiness(acct(), none, [drill(ago(180), true)], settings(), NOW), 'backup-drill').status).toBe('done');
    expect(item(readiness(acct(), none, [drill(ago(31), true)], settings({ drillEvery: 30 }), NOW), 'backup-drill').status).toBe('stale');
    expect(item(readiness(acct(), none, [drill(ago(180), true)], settings({ drillEvery: 'never' }), NOW), 'backup-drill').status).toBe('done');
    expect(item(readiness(acct(), none, [drill(ago(181), true)], settings({ drillEvery: 'never' }), NOW), 'backup-drill').status).toBe('stale');
  });
});

describe('the phone check', () => {
  it('keeps a check for exactly the phone cadence, and for 90 days when phone reminders are off', () => {
    const checked = (days: number) => acct({ phoneE164: '+819012345678', phoneVerifiedAt: ago(days) });
    expect(item(readiness(checked(90), none, [], settings(), NOW), 'phone-verified')).toMatchObject({ status: 'done', doneAt: ago(90) });
    expect(item(readiness(checked(90), none, [], settings({ phoneVerifyEvery: 'never' }), NOW), 'phone-verified').status).toBe('done');
    expect(item(readiness(checked(91), none, [], settings({ phoneVerifyEvery: 'never' }), NOW), 'phone-verified')).toMatchObject({ status: 'stale', doneAt: ago(91), noteKey: 'popupSafeNoteVerifyAgain' });
    expect(item(readiness(checked(170), none, [], settings({ phoneVerifyEvery: 180 }), NOW), 'phone-verified').status).toBe('done');
  });

  it('is to do, saying so, when a number is stored but was never checked', () => {
    expect(item(readiness(acct({ phoneE164: '+819012345678' }), none, [], settings(), NOW), 'phone-verified')).toMatchObject({ status: 'todo', noteKey: 'popupSafeNoteNeverVerified' });
    expect(item(readiness(acct(), none, [], settings(), NOW), 'phone-verified')).toMatchObject({ status: 'todo', noteKey: 'popupSafeNoteNoPhone' });
  });
});

describe('items the user ticks', () => {
  it('takes a ticked second device when the device list is not filled in, with the tick’s date', () => {
    const r = readiness(acct({ mfaDevices: [] }), ticked({ 'second-mfa': '2026-03-03T00:00:00.000Z' }), [], settings(), NOW);
    expect(item(r, 'second-mfa')).toMatchObject({ status: 'done', doneAt: '2026-03-03T00:00:00.000Z' });
  });

  it('dates a second device from the list by the tick, else by the account’s last change', () => {
    expect(item(readiness(acct({ mfaDevices: SECOND_DEVICE, updatedAt: '2026-02-02T00:00:00.000Z' }), none, [], settings(), NOW), 'second-mfa').doneAt).toBe('2026-02-02T00:00:00.000Z');
    expect(item(readiness(acct({ mfaDevices: SECOND_DEVICE }), ticked({ 'second-mfa': '2026-03-03T00:00:00.000Z' }), [], settings(), NOW), 'second-mfa').doneAt).toBe('2026-03-03T00:00:00.000Z');
  });

  it('says the device list is empty only when it is', () => {
    expect(item(readiness(acct({ mfaDevices: [] }), none, [], settings(), NOW), 'second-mfa')).toMatchObject({ status: 'todo', noteKey: 'popupSafeNoteNoDevices' });
    expect(item(readiness(acct(), none, [], settings(), NOW), 'second-mfa')).not.toHaveProperty('noteKey');
  });

  it('marks the alternate contact and the root e-mail done with the tick’s date', () => {
    const r = readiness(acct(), ticked({ 'alternate-contact': '2026-04-04T00:00:00.000Z', 'root-email-independent': '2026-04-05T00:00:00.000Z' }), [], settings(), NOW);
    expect(item(r, 'alternate-contact')).toMatchObject({ status: 'done', doneAt: '2026-04-04T00:00:00.000Z' });
    expect(item(r, 'root-email-independent')).toMatchObject({ status: 'done', doneAt: '2026-04-05T00:00:00.000Z' });
    expect(item(readiness(acct(), none, [], settings(), NOW), 'alternate-contact')).toMatchObject({ status: 'todo' });
  });

  it('asks for the root e-mail only when none is stored', () => {
    expect(item(readiness(acct(), none, [], settings(), NOW), 'root-email-independent')).toMatchObject({ status: 'todo', noteKey: 'popupSafeNoteNoEmail' });
    expect(item(readiness(acct({ rootEmail: 'root@example.com' }), none, [], settings(), NOW), 'root-email-independent')).not.toHaveProperty('noteKey');
  });

  it('keeps a kit printed at the moment of the last change up to date', () => {
    const kit = ticked({ 'recovery-kit': '2026-01-01T00:00:00.000Z' });
    expect(item(readiness(acct(), kit, [], settings(), NOW), 'recovery-kit')).toMatchObject({ status: 'done', doneAt: '2026-01-01T00:00:00.000Z' });
    expect(item(readiness(acct(), none, [], settings(), NOW), 'recovery-kit')).toMatchObject({ status: 'todo' });
  });
});

describe('where each item is done', () => {
  it('sends the second device to security credentials, phone and contacts to the account page, drill and kit to our pages', () => {
    const links = Object.fromEntries(readiness(acct(), none, [], settings(), NOW).items.map((i) => [i.id, i.link]));
    expect(links).toEqual({
      'second-mfa': { kind: 'aws', url: AWS_SECURITY_CREDENTIALS },
      'phone-verified': { kind: 'aws', url: AWS_ACCOUNT_PAGE },
      'alternate-contact': { kind: 'aws', url: AWS_ACCOUNT_PAGE },
      'root-email-independent': { kind: 'aws', url: AWS_ACCOUNT_PAGE },
      'backup-drill': { kind: 'drill' },
      'recovery-kit': { kind: 'kit' },
    });
    expect(AWS_ACCOUNT_PAGE).toBe('https://console.aws.amazon.com/billing/home#/account');
    expect(AWS_SECURITY_CREDENTIALS).toBe('https://console.aws.amazon.com/iam/home#/security_credentials');
  });

  it('lets the user tick everything but the drill, whose result is recorded', () => {
    const manual = readiness(acct(), none, [], settings(), NOW).items.filter((i) => i.manual).map((i) => i.id);
    expect(manual).toEqual(['second-mfa', 'phone-verified', 'alternate-contact', 'root-email-independent', 'recovery-kit']);
  });

  it('names each item and its reason with its own text', () => {
    const keys = readiness(acct(), none, [], settings(), NOW).items.map((i) => [i.titleKey, i.whyKey]);
    expect(keys).toEqual([
      ['popupSafeSecondMfa', 'popupSafeSecondMfaWhy'],
      ['popupSafePhone', 'popupSafePhoneWhy'],
      ['popupSafeAltContact', 'popupSafeAltContactWhy'],
      ['popupSafeRootEmail', 'popupSafeRootEmailWhy'],
      ['popupSafeDrill', 'popupSafeDrillWhy'],
      ['popupSafeKit', 'popupSafeKitWhy'],
    ]);
  });
});
