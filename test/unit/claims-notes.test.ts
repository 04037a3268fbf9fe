import { describe, expect, it } from 'vitest';
import { CLAIMS, claim } from '../../src/domain/claims.ts';

describe('the claims register, as `npm run claims` prints it', () => {
  it('says in a sentence where a source was weaker than its claim, whenever a note is given', () => {
    const noted = CLAIMS.filter((c) => c.note !== undefined);
    expect(noted.length).toBeGreaterThan(0);
    for (const c of noted) expect(c.note!.trim().length, c.id).toBeGreaterThan(20);
  });

  it('finds each claim by its id, and nothing for an unknown one', () => {
    for (const c of CLAIMS) expect(claim(c.id)).toBe(c);
    expect(claim('')).toBeUndefined();
    expect(claim('aws-nonexistent')).toBeUndefined();
  });
});
