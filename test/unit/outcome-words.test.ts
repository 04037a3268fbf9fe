import { describe, expect, it } from 'vitest';
import { measureOutcomes, TOTAL_MAX, VISIBLE_MAX, words } from './outcome-words.ts';

describe('every outcome says the next thing first, briefly (issue #11: words by Intl.Segmenter)', () => {
  const rows = measureOutcomes();

  it('counts words the way the target is defined', () => {
    expect(words('Open the Account page.', 'en')).toBe(4);
    expect(words('AWS の MFA 紛失フォームを送ります。', 'ja')).toBeGreaterThan(4);
  });

  it(`keeps what shows at once within ${VISIBLE_MAX} words and the whole outcome within ${TOTAL_MAX}, in English and Japanese`, () => {
    // The measured figures, for the report.
    console.log(['lang path visible total', ...rows.map((r) => `${r.lang} ${r.path} ${r.visible} ${r.total}`)].join('\n'));
    expect(rows).toHaveLength(16);
    for (const r of rows) {
      expect(r.visible, `${r.lang} ${r.path} visible`).toBeLessThanOrEqual(VISIBLE_MAX);
      expect(r.total, `${r.lang} ${r.path} total`).toBeLessThanOrEqual(TOTAL_MAX);
    }
  });
});
