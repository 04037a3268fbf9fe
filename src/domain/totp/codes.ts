/**
 * Codes from a backup and the check against the code an authenticator app shows, through
 * otplib 13 (epochs in SECONDS; verify returns {valid, delta}). Pure: the caller passes the time.
 */
import { createGuardrails, generateSync, verifySync } from 'otplib';
import { MAX_SECRET_BYTES, MIN_SECRET_BYTES } from './base32.ts';
import type { TotpParams } from './params.ts';

/** ±10 steps: ±5 minutes at AWS's 30 s, wide enough to measure a badly drifting phone. */
export const WINDOW_STEPS = 10;

/**
 * otplib refuses secrets under 16 bytes by default; 10-byte (80-bit) secrets are common outside
 * AWS and must still be checkable, so the floor is the one normalizeBase32 enforces.
 */
const guardrails = createGuardrails({ MIN_SECRET_BYTES, MAX_SECRET_BYTES });

export interface CurrentCodes {
  current: string;
  next: string;
  /** Seconds until `current` gives way to `next` (1…period). */
  secondsRemaining: number;
}

function otp(p: TotpParams, epoch: number): string {
  return generateSync({ secret: p.secret, algorithm: p.algorithm, digits: p.digits, period: p.period, epoch, guardrails });
}

/** The code for the step containing `epochSeconds` and the one after it. */
export function codesAt(p: TotpParams, epochSeconds: number): CurrentCodes {
  const now = Math.floor(epochSeconds);
  const intoStep = now % p.period;
  return { current: otp(p, now), next: otp(p, now + p.period), secondsRemaining: p.period - intoStep };
}

export type CodeError = 'empty' | 'not-digits' | 'wrong-length';

export type VerifyOutcome =
  /** `delta` steps from the browser's step; drift = phone clock minus browser clock (a multiple of the period). */
  | { kind: 'match'; delta: number; driftSeconds: number }
  | { kind: 'no-match' }
  | { kind: 'bad-code'; error: CodeError; digits: number };

/** What the user typed, as digits: "123 456", "１２３４５６" (IME) and "123-456" are all "123456". */
export function normalizeCode(input: string): string {
  return input.normalize('NFKC').replace(/[\s-]/g, '');
}

/**
 * Checks `input` against the backup over ±WINDOW_STEPS. When the same code occurs at more than
 * one step of the window (a one-in-fifty-thousand chance for 6 digits), the step nearest the
 * browser's time wins, the earlier one on a tie: a small drift is likelier than a large one.
 */
export function verifyCode(p: TotpParams, input: unknown, epochSeconds: number): VerifyOutcome {
  const token = typeof input === 'string' ? normalizeCode(input) : '';
  if (token === '') return { kind: 'bad-code', error: 'empty', digits: p.digits };
  if (!/^[0-9]+$/.test(token)) return { kind: 'bad-code', error: 'not-digits', digits: p.digits };
  if (token.length !== p.digits) return { kind: 'bad-code', error: 'wrong-length', digits: p.digits };
  const epoch = Math.floor(epochSeconds);
  const within = (steps: number) =>
    verifySync({
      secret: p.secret,
      token,
      algorithm: p.algorithm,
      digits: p.digits,
      period: p.period,
      epoch,
      epochTolerance: steps * p.period,
      guardrails,
    });
  let found = within(WINDOW_STEPS);
  if (!found.valid) return { kind: 'no-match' };
  // otplib scans from the earliest step, so a nearer step may share the code: narrow the window
  // until nothing nearer matches. Usually one extra call at most.
  while (found.delta !== 0) {
    const nearer = within(Math.abs(found.delta) - 1);
    if (!nearer.valid) break;
    found = nearer;
  }
  return { kind: 'match', delta: found.delta, driftSeconds: found.delta * p.period };
}
