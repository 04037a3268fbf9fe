import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/domain/mask.ts';

describe('an e-mail address shown masked', () => {
  it('keeps its first letter and its whole domain, so the owner can tell which address it is', () => {
    expect(maskEmail('aws-root+prod@example.com')).toBe('a***@example.com');
    expect(maskEmail('x@y.z')).toBe('x***@y.z');
  });

  it('keeps only the domain after the last @ of an address with two', () => {
    expect(maskEmail('"a@b"@example.com')).toBe('"***@example.com');
  });

  it('shows nothing of text that is not an address, nor of one with nothing before the @', () => {
    expect(maskEmail('nonsense')).toBe('***');
    expect(maskEmail('@example.com')).toBe('***');
    expect(maskEmail('')).toBe('');
  });
});
