/**
 * How long a typed phone number may be: up to 64 characters however it is punctuated (spaces,
 * dashes, brackets between the digits) it is read; longer is refused as too long, before it is
 * parsed, even when its digits would make a valid number.
 */
import { expect, it } from 'vitest';
import { checkPhone } from '../../src/domain/phone.ts';

/** "+81 90 1234 5678" with its groups spread apart by spaces to exactly `n` characters. */
function spread(n: number): string {
  const groups = ['+81', '90', '1234', '5678'];
  const gaps = n - groups.join('').length;
  const each = Math.floor(gaps / 3);
  return groups.map((g, i) => (i < 3 ? g + ' '.repeat(i < 2 ? each : gaps - 2 * each) : g)).join('');
}

it('reads a number spread to 64 characters, and refuses one of 65 as too long', () => {
  expect(spread(64)).toHaveLength(64);
  expect(checkPhone(spread(64))).toMatchObject({ ok: true, e164: '+819012345678' });
  expect(checkPhone(spread(65))).toEqual({ ok: false, error: 'too-long' });
});
