/**
 * The overview counts readiness with readinessSummary() instead of building readiness()'s items
 * (issue #13, first render): for any account, ticks, drills and cadences both must say the same
 * done count, total and level, and the summary's kitStale must be the kit item's "stale".
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readiness, readinessSummary } from '../../src/domain/readiness.ts';
import type { Account, DrillResult, MfaDeviceKind, PreventionState, ReminderCadenceDays, Settings } from '../../src/shared/model.ts';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const DAY = 86_400_000;
const day = fc.integer({ min: -400, max: 5 }).map((d) => new Date(NOW.getTime() - d * DAY).toISOString());
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const cadence = fc.constantFrom<ReminderCadenceDays>(30, 90, 180, 'never');
const kind = fc.constantFrom<MfaDeviceKind>('authenticator-app', 'passkey', 'security-key', 'hardware-totp');

const account: fc.Arbitrary<Account> = fc
  .record({
    devices: fc.array(kind, { maxLength: 3 }),
    phoneE164: maybe(fc.constant('+819012345678')),
    phoneVerifiedAt: maybe(day),
    rootEmail: maybe(fc.constant('root@example.com')),
    updatedAt: day,
    contentAt: maybe(day),
  })
  .map(({ devices, ...r }) => {
    const a: Account = { key: 'a', label: 'A', mfaDevices: devices.map((k, i) => ({ id: String(i), kind: k, where: 'x' })), createdAt: '2025-01-01T00:00:00.000Z', updatedAt: r.updatedAt };
    if (r.phoneE164) a.phoneE164 = r.phoneE164;
    if (r.phoneVerifiedAt) a.phoneVerifiedAt = r.phoneVerifiedAt;
    if (r.rootEmail) a.rootEmail = r.rootEmail;
    if (r.contentAt) a.contentAt = r.contentAt;
    return a;
  });
const ticks: fc.Arbitrary<PreventionState> = fc
  .record({ 'second-mfa': maybe(day), 'alternate-contact': maybe(day), 'root-email-independent': maybe(day), 'recovery-kit': maybe(day) })
  .map((done) => ({ accountKey: 'a', done: Object.fromEntries(Object.entries(done).filter(([, v]) => v !== undefined)) }));
const drills: fc.Arbitrary<DrillResult[]> = fc.array(
  fc.record({ at: day, passed: fc.boolean(), mine: fc.boolean() }).map((d) => ({ id: `${d.at}${d.passed}`, accountKey: d.mine ? 'a' : 'b', at: d.at, passed: d.passed })),
  { maxLength: 4 },
);
const settings: fc.Arbitrary<Settings> = fc
  .record({ phoneVerifyEvery: cadence, drillEvery: cadence })
  .map((c) => ({ lang: 'auto', reminders: { chosen: true, documentsFollowUp: true, objectionEmail: true, ...c } }));

describe('readinessSummary', () => {
  it('says what readiness() says: done, total, level, and whether the kit item is stale', () => {
    fc.assert(
      fc.property(account, ticks, drills, settings, (a, p, d, s) => {
        const full = readiness(a, p, d, s, NOW);
        expect(readinessSummary(a, p, d, s, NOW)).toEqual({
          done: full.done,
          total: full.total,
          level: full.level,
          kitStale: full.items.some((i) => i.id === 'recovery-kit' && i.status === 'stale'),
        });
      }),
      { numRuns: 500 },
    );
  });
});
