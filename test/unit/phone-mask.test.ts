/**
 * How a stored phone number is shown (popup, reminders): enough for the owner to recognize it,
 * little for someone looking over their shoulder. Long numbers keep two leading and four trailing
 * digits, shorter ones fewer, so a short number is never shown almost whole.
 */
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../src/domain/phone.ts';

describe('a masked phone number', () => {
  it('keeps the country code, the first two and the last four digits of a long number', () => {
    expect(maskPhone('+33612345678')).toBe('+33 6 1* ** 56 78');
  });

  it('hides the first digits of an eight-digit number and keeps the last four', () => {
    expect(maskPhone('+4930123456')).toBe('+49 ** **3456');
    expect(maskPhone('+3545551234')).toBe('+354 *** 1234');
  });

  it('keeps only the last two digits of a number of six digits or fewer', () => {
    expect(maskPhone('+687751234')).toBe('+687 ** ** 34');
    expect(maskPhone('+6834002')).toBe('+683 **02');
  });

  it('keeps the last four digits of something that is not a phone number, and hides four or fewer entirely', () => {
    expect(maskPhone('+99912345')).toBe('****2345');
    expect(maskPhone('12345')).toBe('*2345');
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone('１２３')).toBe('***');
  });

  it('reads the number as typed, with full-width digits and punctuation', () => {
    expect(maskPhone('＋８１ (90) 1234-5678')).toBe('+81 90 **** 5678');
  });

  it('shows nothing for something that is not text', () => {
    expect(maskPhone(undefined as unknown as string)).toBe('');
  });
});
