/**
 * An independent TOTP (RFC 6238 over RFC 4226) on node:crypto and a Base32 encoder, so the
 * tests check the domain (which goes through otplib) against code that shares nothing with it.
 */
import { createHmac } from 'node:crypto';

export function referenceTotp(secret: Uint8Array, epochSeconds: number, opts: { algorithm?: 'sha1' | 'sha256' | 'sha512'; digits?: number; period?: number } = {}): string {
  const { algorithm = 'sha1', digits = 6, period = 30 } = opts;
  const counter = BigInt(Math.floor(epochSeconds / period));
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(counter);
  const mac = createHmac(algorithm, secret).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const bin = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 Base32 without padding. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}
