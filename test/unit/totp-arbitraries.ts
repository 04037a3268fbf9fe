import fc from 'fast-check';

/**
 * Any Unicode text, lone surrogates and control characters included. (fast-check's own
 * `unit: 'binary'` spends seconds building tables on first use, enough to time tests out.)
 */
export const anyText = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength }).map((cps) => String.fromCodePoint(...cps));
