import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBackup } from '../../src/domain/totp/backup.ts';
import { verifyCode, codesAt, WINDOW_STEPS } from '../../src/domain/totp/codes.ts';
import { clockVerdict, clockAdviceText, driftText, DRIFT_WARN_SECONDS } from '../../src/domain/totp/clock.ts';
import type { TotpParams } from '../../src/domain/totp/params.ts';
import { referenceTotp, toBase32 } from './totp-reference.ts';
import { anyText } from './totp-arbitraries.ts';

const NOW = 1_700_000_000;

function params(bytes: Uint8Array, extra = ''): TotpParams {
  const r = parseBackup(extra ? `otpauth://totp/t?secret=${toBase32(bytes)}${extra}` : toBase32(bytes));
  if (!r.ok) throw new Error(r.error.code);
  return r.backup.params;
}

/**
 * The delta verifyCode must report for `token`: among the window's steps whose code equals it,
 * the one nearest the browser's step (the earlier one on a tie), computed with the reference.
 */
function expectedDelta(p: TotpParams, token: string, epoch: number): number | undefined {
  const order = [0, ...Array.from({ length: WINDOW_STEPS }, (_, i) => [-(i + 1), i + 1]).flat()];
  return order.find((d) => referenceTotp(p.secret, epoch + d * p.period, p) === token);
}

describe('verifyCode over ±10 steps', () => {
  const AWS = params(Uint8Array.from({ length: 40 }, (_, i) => (i * 91 + 3) & 0xff));

  it('reports the step offset and the drift in seconds (phone minus browser)', () => {
    for (const d of [-10, -3, -1, 0, 1, 2, 10]) {
      const token = referenceTotp(AWS.secret, NOW + d * 30);
      expect(verifyCode(AWS, token, NOW)).toEqual({ kind: 'match', delta: d, driftSeconds: d * 30 });
    }
  });

  it('finds nothing 11 steps away, or for a code of another secret', () => {
    expect(verifyCode(AWS, referenceTotp(AWS.secret, NOW + 11 * 30), NOW)).toEqual({ kind: 'no-match' });
    expect(verifyCode(AWS, referenceTotp(AWS.secret, NOW - 11 * 30), NOW)).toEqual({ kind: 'no-match' });
    const other = Uint8Array.from({ length: 40 }, (_, i) => (i * 17 + 5) & 0xff);
    const token = referenceTotp(other, NOW);
    if (expectedDelta(AWS, token, NOW) === undefined) expect(verifyCode(AWS, token, NOW)).toEqual({ kind: 'no-match' });
  });

  it('takes what people type: spaces, hyphens, full-width digits', () => {
    const token = referenceTotp(AWS.secret, NOW);
    for (const typed of [`${token.slice(0, 3)} ${token.slice(3)}`, `${token.slice(0, 3)}-${token.slice(3)}`, token.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))]) {
      expect(verifyCode(AWS, typed, NOW)).toMatchObject({ kind: 'match', delta: 0 });
    }
  });

  it('refuses codes that are empty, not digits or the wrong length, without verifying', () => {
    expect(verifyCode(AWS, '', NOW)).toEqual({ kind: 'bad-code', error: 'empty', digits: 6 });
    expect(verifyCode(AWS, '12a456', NOW)).toEqual({ kind: 'bad-code', error: 'not-digits', digits: 6 });
    expect(verifyCode(AWS, '12345', NOW)).toEqual({ kind: 'bad-code', error: 'wrong-length', digits: 6 });
    expect(verifyCode(AWS, undefined, NOW)).toEqual({ kind: 'bad-code', error: 'empty', digits: 6 });
    const eight = params(Uint8Array.from({ length: 20 }, (_, i) => i), '&digits=8');
    expect(verifyCode(eight, '123456', NOW)).toEqual({ kind: 'bad-code', error: 'wrong-length', digits: 8 });
  });

  it('measures drift in whole periods for other periods too', () => {
    const p60 = params(Uint8Array.from({ length: 20 }, (_, i) => i + 100), '&period=60&algorithm=SHA256');
    const token = referenceTotp(p60.secret, NOW - 3 * 60, { algorithm: 'sha256', period: 60 });
    expect(verifyCode(p60, token, NOW)).toEqual({ kind: 'match', delta: -3, driftSeconds: -180 });
  });

  it('when two steps of the window share the code, reports the nearest, the earlier on a tie', () => {
    // Found by scanning: with this secret, steps 207963 and 207965 both give 851016.
    const p = params(Uint8Array.from({ length: 20 }, (_, i) => i + 1));
    const at = (step: number) => step * 30 + 12;
    expect(referenceTotp(p.secret, at(207963))).toBe('851016');
    expect(referenceTotp(p.secret, at(207965))).toBe('851016');
    // otplib alone would answer with the earliest step (-2 here); the drill wants the nearest.
    expect(verifyCode(p, '851016', at(207965))).toMatchObject({ kind: 'match', delta: 0 });
    expect(verifyCode(p, '851016', at(207966))).toMatchObject({ kind: 'match', delta: -1 });
    expect(verifyCode(p, '851016', at(207964))).toMatchObject({ kind: 'match', delta: -1 });
    expect(verifyCode(p, '851016', at(207962))).toMatchObject({ kind: 'match', delta: 1 });
  });

  it('property: a code from a random secret at a random offset of -10..10 steps verifies with exactly that delta', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 64 }),
        fc.constantFrom('sha1', 'sha256', 'sha512'),
        fc.constantFrom(6, 8),
        fc.constantFrom(30, 60),
        fc.integer({ min: -WINDOW_STEPS, max: WINDOW_STEPS }),
        fc.integer({ min: 1_000, max: 4_000_000_000 }),
        (bytes, algorithm, digits, period, offset, epoch) => {
          const p = params(bytes, `&algorithm=${algorithm}&digits=${digits}&period=${period}`);
          const token = referenceTotp(bytes, epoch + offset * period, { algorithm, digits, period });
          const r = verifyCode(p, token, epoch);
          // Another step of the window may share the code (about 1 in 50,000 at 6 digits); then the
          // nearest step wins, by the documented rule. Otherwise that is exactly `offset`.
          const want = expectedDelta(p, token, epoch);
          expect(want).toBeDefined();
          expect(r).toEqual({ kind: 'match', delta: want, driftSeconds: want! * period });
          expect(Math.abs(want!)).toBeLessThanOrEqual(Math.abs(offset));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: codesAt agrees with the reference for now and next', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 64 }), fc.double({ min: 0, max: 4e9, noNaN: true }), (bytes, epoch) => {
        const p = params(bytes);
        const c = codesAt(p, epoch);
        const t = Math.floor(epoch);
        expect(c.current).toBe(referenceTotp(bytes, t));
        expect(c.next).toBe(referenceTotp(bytes, t + 30));
        expect(c.secondsRemaining).toBeGreaterThanOrEqual(1);
        expect(c.secondsRemaining).toBeLessThanOrEqual(30);
        expect((t + c.secondsRemaining) % 30).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on fuzzed typed codes', () => {
    fc.assert(
      fc.property(anyText(40), (typed) => {
        expect(['match', 'no-match', 'bad-code']).toContain(verifyCode(AWS, typed, NOW).kind);
      }),
      { numRuns: 500 },
    );
  });
});

describe('clock advice', () => {
  it('calls a drift over 30 s drifting, and says by how much and which way', () => {
    expect(DRIFT_WARN_SECONDS).toBe(30);
    expect(clockVerdict(0)).toBe('in-sync');
    expect(clockVerdict(30)).toBe('close');
    expect(clockVerdict(-30)).toBe('close');
    expect(clockVerdict(60)).toBe('drifting');
    expect(clockVerdict(-90)).toBe('drifting');
    expect(clockAdviceText(-90)).toEqual({ key: 'drillClockDrifting', subs: ['90'] });
    expect(clockAdviceText(30).key).toBe('drillClockClose');
    expect(clockAdviceText(0).key).toBe('drillClockInSync');
    expect(driftText(60)).toEqual({ key: 'drillDriftAhead', subs: ['60'] });
    expect(driftText(-30)).toEqual({ key: 'drillDriftBehind', subs: ['30'] });
    expect(driftText(0)).toEqual({ key: 'drillDriftNone', subs: [] });
  });
});
