import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReminderId, planReminders, reminderId, snoozeEnd, type ReminderItem } from '../../src/domain/reminders.ts';
import type { ReminderCadenceDays, ReminderLog, StoredState } from '../../src/shared/model.ts';
import { account, recoveryCase, state } from './reminders-fixtures.ts';

const at = (s: string) => new Date(s);
const byId = (items: ReminderItem[], id: string) => items.find((i) => i.id === id);
const PHONE = reminderId('phone-verify', 'acc1');

describe('no reminders until the user has an account and chose', () => {
  it('has nothing without an account', () => {
    expect(planReminders(state({ accounts: [] }), at('2030-01-01T00:00:00Z'), 'UTC')).toEqual({ items: [], due: [], notify: [] });
  });

  it('has nothing before the first-run question was answered', () => {
    const s = state({ reminders: { chosen: false } });
    expect(planReminders(s, at('2030-01-01T00:00:00Z'), 'UTC')).toEqual({ items: [], due: [], notify: [] });
  });
});

describe('phone check', () => {
  it('falls due the chosen number of days after the last check, on that local morning', () => {
    const s = state({ accounts: [account({ phoneVerifiedAt: '2026-01-31T00:30:00.000Z' })], reminders: { phoneVerifyEvery: 30 } });
    const before = planReminders(s, at('2026-03-01T23:59:59.999Z'), 'Asia/Tokyo');
    expect(byId(before.items, PHONE)).toMatchObject({ status: 'upcoming', due: '2026-03-02T00:00:00.000Z' });
    expect(before.nextAt).toBe('2026-03-02T00:00:00.000Z');
    expect(before.due).toEqual([]);
    const on = planReminders(s, at('2026-03-02T00:00:00.000Z'), 'Asia/Tokyo');
    expect(on.due.map((i) => i.id)).toEqual([PHONE]);
    expect(on.notify).toEqual(on.due);
    expect(on.notify[0]).toMatchObject({ kind: 'phone-verify', accountKey: 'acc1', due: '2026-03-02T00:00:00.000Z' });
    expect(on.nextAt).toBeUndefined();
  });

  it('counts from when the account was added if the phone was never checked', () => {
    const s = state({ accounts: [account({ createdAt: '2026-05-10T12:00:00.000Z' })] });
    // 21:00 on 10 May in Tokyo + 90 days = 8 August, 09:00.
    expect(planReminders(s, at('2026-05-11T00:00:00Z'), 'Asia/Tokyo').nextAt).toBe('2026-08-08T00:00:00.000Z');
  });

  it.each([
    [30, '2026-02-09T14:00:00.000Z'],
    [90, '2026-04-10T13:00:00.000Z'],
    [180, '2026-07-09T13:00:00.000Z'],
  ] as const)('every %i days in New York (daylight saving in between)', (days, expected) => {
    const s = state({ accounts: [account({ phoneVerifiedAt: '2026-01-10T17:00:00.000Z' })], reminders: { phoneVerifyEvery: days } });
    expect(planReminders(s, at('2026-01-11T00:00:00Z'), 'America/New_York').nextAt).toBe(expected);
  });

  it('never, when the user chose never', () => {
    const s = state({ reminders: { phoneVerifyEvery: 'never' } });
    const plan = planReminders(s, at('2040-01-01T00:00:00Z'), 'UTC');
    expect(plan.items).toEqual([]);
    expect(plan.nextAt).toBeUndefined();
  });

  it('moves on when the user checks again', () => {
    const old = state({ accounts: [account({ phoneVerifiedAt: '2026-01-01T10:00:00.000Z' })] });
    expect(planReminders(old, at('2026-06-01T00:00:00Z'), 'UTC').due).toHaveLength(1);
    const fresh = state({ accounts: [account({ phoneVerifiedAt: '2026-05-31T10:00:00.000Z' })] });
    const plan = planReminders(fresh, at('2026-06-01T00:00:00Z'), 'UTC');
    expect(plan.due).toEqual([]);
    expect(plan.nextAt).toBe('2026-08-29T09:00:00.000Z');
  });
});

describe('documents follow-up', () => {
  const sent = (over = {}) =>
    state({ cases: [recoveryCase({ documentsSentAt: '2016-12-20T03:00:00.000Z', ...over })], reminders: { phoneVerifyEvery: 'never' }, accounts: [account({ createdAt: '2016-12-16T00:00:00.000Z' })] });
  const FOLLOW = reminderId('documents-follow-up', 'case1');

  it('falls due after five business days, then weekly (the seed story: sent 20 December, asked 27th)', () => {
    const s = sent({});
    expect(byId(planReminders(s, at('2016-12-21T00:00:00Z'), 'Asia/Tokyo').items, FOLLOW)).toMatchObject({ status: 'upcoming', due: '2016-12-27T00:00:00.000Z' });
    expect(byId(planReminders(s, at('2016-12-27T00:00:00Z'), 'Asia/Tokyo').due, FOLLOW)).toMatchObject({ caseId: 'case1', accountKey: 'acc1', due: '2016-12-27T00:00:00.000Z' });
    const plan = planReminders(s, at('2017-01-05T00:00:00Z'), 'Asia/Tokyo');
    expect(byId(plan.due, FOLLOW)?.due).toBe('2017-01-03T00:00:00.000Z');
    expect(plan.nextAt).toBe('2017-01-08T00:00:00.000Z'); // the objection-e-mail watch: 21, 24, 27, 30 Dec, 2, 5, 8 Jan
  });

  it('keeps the local hour when daylight saving ends between two weekly follow-ups', () => {
    // Sent Friday 23 October 2026 -> Friday 30 October 09:00 EDT, then Friday 6 November 09:00 EST.
    const s = state({ cases: [recoveryCase({ documentsSentAt: '2026-10-23T15:00:00.000Z' })], reminders: { phoneVerifyEvery: 'never', objectionEmail: false } });
    expect(planReminders(s, at('2026-10-30T12:59:59Z'), 'America/New_York').nextAt).toBe('2026-10-30T13:00:00.000Z');
    const first = planReminders(s, at('2026-10-30T13:00:00Z'), 'America/New_York');
    expect(first.due[0]?.due).toBe('2026-10-30T13:00:00.000Z');
    expect(first.nextAt).toBe('2026-11-06T14:00:00.000Z');
    expect(planReminders(s, at('2026-11-06T14:00:00Z'), 'America/New_York').due[0]?.due).toBe('2026-11-06T14:00:00.000Z');
  });

  it('waits again after news: the objection e-mail or a step ticked after sending', () => {
    // E-mail on Thursday 29 December -> five business days later is Thursday 5 January.
    const s = sent({ objectionEmailAt: '2016-12-29T01:00:00.000Z' });
    expect(byId(planReminders(s, at('2016-12-30T00:00:00Z'), 'Asia/Tokyo').items, FOLLOW)?.due).toBe('2017-01-05T00:00:00.000Z');
    const t = sent({ steps: { 'documents-sent': '2016-12-20T03:00:00.000Z', 'support-replied': '2016-12-26T03:00:00.000Z' } });
    expect(byId(planReminders(t, at('2016-12-27T00:00:00Z'), 'Asia/Tokyo').items, FOLLOW)).toMatchObject({ status: 'upcoming', due: '2017-01-02T00:00:00.000Z' });
  });

  it('stops when the case is closed, or the user turned follow-ups off', () => {
    expect(planReminders(sent({ closedAt: '2016-12-31T00:00:00.000Z' }), at('2017-02-01T00:00:00Z'), 'UTC').items).toEqual([]);
    const off = { ...sent({}), settings: { lang: 'auto' as const, reminders: { ...sent({}).settings.reminders, documentsFollowUp: false } } };
    expect(planReminders(off, at('2017-02-01T00:00:00Z'), 'UTC').items.map((i) => i.kind)).toEqual(['objection-email']);
  });

  it('has nothing before documents were sent, and nothing for a case of a deleted account', () => {
    expect(planReminders(sent({ documentsSentAt: undefined }), at('2017-02-01T00:00:00Z'), 'UTC').items).toEqual([]);
    expect(planReminders(sent({ accountKey: 'gone' }), at('2017-02-01T00:00:00Z'), 'UTC').items).toEqual([]);
  });
});

describe('objection e-mail watch', () => {
  const OBJ = reminderId('objection-email', 'case1');
  const s = (over = {}) => state({ cases: [recoveryCase({ documentsSentAt: '2016-12-20T03:00:00.000Z', ...over })], reminders: { phoneVerifyEvery: 'never', documentsFollowUp: false } });

  it('starts the morning after the documents were sent and repeats every three days', () => {
    expect(planReminders(s(), at('2016-12-20T04:00:00Z'), 'Asia/Tokyo').nextAt).toBe('2016-12-21T00:00:00.000Z');
    const plan = planReminders(s(), at('2016-12-25T00:00:00Z'), 'Asia/Tokyo');
    expect(byId(plan.due, OBJ)?.due).toBe('2016-12-24T00:00:00.000Z');
    expect(plan.nextAt).toBe('2016-12-27T00:00:00.000Z');
  });

  it('ends when the e-mail arrived, the case closed, or the user turned it off', () => {
    const now = at('2017-01-10T00:00:00Z');
    expect(planReminders(s({ objectionEmailAt: '2016-12-29T01:00:00.000Z' }), now, 'UTC').items).toEqual([]);
    expect(planReminders(s({ closedAt: '2016-12-31T00:00:00.000Z' }), now, 'UTC').items).toEqual([]);
    const off = s();
    off.settings.reminders.objectionEmail = false;
    expect(planReminders(off, now, 'UTC').items).toEqual([]);
  });
});

describe('backup drill', () => {
  const DRILL = reminderId('backup-drill', 'acc1');
  const withDrill = (drills: StoredState['drills'], every: 30 | 90 | 180 | 'never' = 180) =>
    state({ drills, reminders: { phoneVerifyEvery: 'never', drillEvery: every } });

  it('counts from the last drill, passed or not', () => {
    const s = withDrill([
      { id: 'd1', accountKey: 'acc1', at: '2026-02-01T12:00:00.000Z', passed: true },
      { id: 'd2', accountKey: 'acc1', at: '2026-03-01T12:00:00.000Z', passed: false },
      { id: 'd3', accountKey: 'other', at: '2026-06-01T12:00:00.000Z', passed: true },
    ]);
    expect(byId(planReminders(s, at('2026-03-02T00:00:00Z'), 'UTC').items, DRILL)?.due).toBe('2026-08-28T09:00:00.000Z');
  });

  it('counts from when the account was added when no drill was run; never when chosen', () => {
    expect(byId(planReminders(withDrill([]), at('2026-01-02T00:00:00Z'), 'UTC').items, DRILL)?.due).toBe('2026-06-30T09:00:00.000Z');
    expect(planReminders(withDrill([], 'never'), at('2030-01-02T00:00:00Z'), 'UTC').items).toEqual([]);
  });
});

describe('snooze, off, and showing each due time once', () => {
  const overdue = (logs: ReminderLog[] = []) =>
    state({ accounts: [account({ phoneVerifiedAt: '2026-01-01T00:00:00.000Z' })], reminderLogs: logs });
  const DUE = '2026-04-01T09:00:00.000Z';

  it('does not notify the same due time twice, but keeps it on the badge', () => {
    const first = planReminders(overdue(), at('2026-04-02T00:00:00Z'), 'UTC');
    expect(first.notify.map((i) => i.due)).toEqual([DUE]);
    const again = planReminders(overdue([{ id: PHONE, lastShownDue: DUE }]), at('2026-04-20T00:00:00Z'), 'UTC');
    expect(again.notify).toEqual([]);
    expect(again.due.map((i) => i.id)).toEqual([PHONE]);
  });

  it('never loses a due time whose alarm was missed: it shows on the next wake-up', () => {
    // The browser was closed for months; the reminder appears the first time the worker runs.
    const plan = planReminders(overdue([{ id: PHONE, lastShownDue: '2025-10-01T09:00:00.000Z' }]), at('2026-09-30T00:00:00Z'), 'UTC');
    expect(plan.notify.map((i) => i.due)).toEqual([DUE]);
  });

  it('shows one notification, for the latest, after several missed weekly follow-ups', () => {
    const s = state({ cases: [recoveryCase({ documentsSentAt: '2026-03-02T10:00:00.000Z' })], reminders: { phoneVerifyEvery: 'never', objectionEmail: false } });
    const plan = planReminders(s, at('2026-04-01T00:00:00Z'), 'UTC');
    expect(plan.notify.map((i) => i.due)).toEqual(['2026-03-30T09:00:00.000Z']);
  });

  it('hides a snoozed reminder until the snooze ends, then shows it once more', () => {
    const until = snoozeEnd(at('2026-04-02T08:00:00Z'), 7, 'UTC');
    expect(until).toBe('2026-04-09T08:00:00.000Z');
    const logs = [{ id: PHONE, lastShownDue: DUE, snoozedUntil: until }];
    const during = planReminders(overdue(logs), at('2026-04-05T00:00:00Z'), 'UTC');
    expect(during.due).toEqual([]);
    expect(byId(during.items, PHONE)).toMatchObject({ status: 'snoozed', due: until });
    expect(during.nextAt).toBe(until);
    const afterwards = planReminders(overdue(logs), at('2026-04-09T08:00:00Z'), 'UTC');
    expect(afterwards.notify.map((i) => i.due)).toEqual([until]);
    const shown = planReminders(overdue([{ ...logs[0]!, lastShownDue: until }]), at('2026-04-10T00:00:00Z'), 'UTC');
    expect(shown.notify).toEqual([]);
    expect(shown.due).toHaveLength(1);
  });

  it('does not let an old snooze hide a new due time', () => {
    const s = overdue([{ id: PHONE, snoozedUntil: '2026-02-01T00:00:00.000Z' }]);
    expect(planReminders(s, at('2026-04-01T09:00:00Z'), 'UTC').notify.map((i) => i.due)).toEqual([DUE]);
  });

  it('folds weekly follow-ups that fall inside a snooze into its end', () => {
    const s = state({
      cases: [recoveryCase({ documentsSentAt: '2026-03-02T10:00:00.000Z' })],
      reminders: { phoneVerifyEvery: 'never', objectionEmail: false },
      reminderLogs: [{ id: 'documents-follow-up:case1', lastShownDue: '2026-03-09T09:00:00.000Z', snoozedUntil: '2026-03-23T08:00:00.000Z' }],
    });
    expect(planReminders(s, at('2026-03-17T00:00:00Z'), 'UTC').nextAt).toBe('2026-03-23T08:00:00.000Z');
    expect(planReminders(s, at('2026-03-23T08:00:00Z'), 'UTC').notify.map((i) => i.due)).toEqual(['2026-03-23T08:00:00.000Z']);
    expect(planReminders(s, at('2026-03-23T08:00:00Z'), 'UTC').nextAt).toBe('2026-03-23T09:00:00.000Z');
  });

  it('says nothing about a reminder turned off, but lists it so it can be turned on again', () => {
    const plan = planReminders(overdue([{ id: PHONE, off: true }]), at('2026-04-02T00:00:00Z'), 'UTC');
    expect(plan.items).toEqual([{ id: PHONE, kind: 'phone-verify', accountKey: 'acc1', status: 'off' }]);
    expect(plan.due).toEqual([]);
    expect(plan.notify).toEqual([]);
    expect(plan.nextAt).toBeUndefined();
  });
});

describe('reminder ids', () => {
  it('round-trip and reject what is not ours', () => {
    expect(parseReminderId(reminderId('documents-follow-up', 'c:1'))).toEqual({ kind: 'documents-follow-up', subject: 'c:1' });
    expect(parseReminderId('phone-verify:')).toBeNull();
    expect(parseReminderId('other:x')).toBeNull();
    expect(parseReminderId('nocolon')).toBeNull();
  });
});

describe('a worker that wakes at the alarm it was given (property)', () => {
  const zones = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney'];
  const day = 86_400_000;
  const T0 = Date.parse('2026-01-01T00:00:00Z');

  it('notifies every due time once, at the first wake-up at or after it, and never twice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom<ReminderCadenceDays[]>(30, 90, 180, 'never'),
        fc.constantFrom<ReminderCadenceDays[]>(30, 90, 180, 'never'),
        fc.integer({ min: 0, max: 400 * day }),
        fc.option(fc.integer({ min: 0, max: 200 * day })),
        fc.array(fc.integer({ min: 0, max: 400 * day }), { maxLength: 8 }),
        fc.option(fc.constantFrom(1, 7, 14) as fc.Arbitrary<1 | 7 | 14>),
        (zone, phoneEvery, drillEvery, verifiedOffset, sentOffset, extraWakes, snoozeDays) =>
          {
            const s = state({
              accounts: [account({ phoneVerifiedAt: new Date(T0 + verifiedOffset).toISOString() })],
              cases: sentOffset === null ? [] : [recoveryCase({ documentsSentAt: new Date(T0 + sentOffset).toISOString() })],
              reminders: { phoneVerifyEvery: phoneEvery, drillEvery },
            });
            const shown = new Set<string>();
            const extra = [...extraWakes].sort((a, b) => a - b).map((o) => T0 + o);
            let now = T0;
            const end = T0 + 300 * day;
            for (let steps = 0; steps < 500 && now < end; steps++) {
              const plan = planReminders(s, new Date(now), zone);
              for (const item of plan.notify) {
                const key = `${item.id}@${item.due}`;
                expect(shown.has(key)).toBe(false);
                expect(Date.parse(item.due!)).toBeLessThanOrEqual(now);
                shown.add(key);
                const log = s.reminderLogs.find((l) => l.id === item.id) ?? { id: item.id };
                log.lastShownDue = item.due;
                // The user snoozes the first reminder they see, sometimes.
                if (snoozeDays && !log.snoozedUntil) log.snoozedUntil = snoozeEnd(new Date(now), snoozeDays, zone);
                if (!s.reminderLogs.includes(log)) s.reminderLogs.push(log);
              }
              // What the worker does after showing (and the user snoozing): plan again for the alarm.
              const settled = planReminders(s, new Date(now), zone);
              expect(settled.notify).toEqual([]);
              const nextAt = settled.nextAt;
              if (nextAt !== undefined) {
                // The alarm is set in the future, and waking at it finds something new to show.
                expect(Date.parse(nextAt)).toBeGreaterThan(now);
                const atAlarm = planReminders(s, new Date(nextAt), zone);
                expect(atAlarm.notify.some((i) => i.due === nextAt)).toBe(true);
              }
              const nextWake = Math.min(nextAt ? Date.parse(nextAt) : Infinity, extra.find((t) => t > now) ?? Infinity);
              if (!Number.isFinite(nextWake)) break;
              now = nextWake;
            }
          },
      ),
      { numRuns: 30 },
    );
    // A few thousand plans: seconds on a loaded 2-core machine, so not the default 5 s limit.
  }, 30_000);
});
