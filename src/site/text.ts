/**
 * Text comparison for page recognition. AWS's texts differ by spacing, width and punctuation
 * between versions and languages (「MFAのトラブルシューティング」 vs 「MFA の トラブルシューティング」,
 * 「確認Eメールの送信」 vs 「確認 E メールの送信」, "Re-Sync" vs "Re-sync"), so both the page's text and
 * our phrases are reduced to one form: NFKC (full-width → half-width), lower case, and no
 * whitespace, hyphens, quotes or punctuation. Matching is by substring (aws-pages.md §6 "Text").
 */
const STRIP = /[\s\u00ad\u200b-\u200d\u2060\ufeff\-\u2010-\u2015'"\u2018\u2019\u201c\u201d.,:;!?\u3001\u3002\u30fb()\u300c\u300d[\]]/g;

export function norm(s: string): string {
  // NFKC leaves ASCII alone; skipping it there keeps the observer's per-frame checks cheap.
  return fold(/[^\x00-\x7f]/.test(s) ? s.normalize('NFKC') : s);
}

/** Everything norm() does but NFKC. */
function fold(s: string): string {
  return s.toLowerCase().replace(STRIP, '');
}

/** A phrase in normalized form, or a pattern tested against normalized text. */
export type Phrase = string | RegExp;

/**
 * Phrases as written in the site data (readable). They are folded (case, punctuation) on first
 * use, not here: this runs while the content script is evaluated, in the page's injection task,
 * where some eighty regex replacements cost about half a millisecond (issue #14). The site data
 * writes them in NFKC form already (half-width letters and digits, no compatibility characters;
 * a unit test checks every phrase), so folding needs no NFKC.
 */
export function phrases(...list: Phrase[]): readonly Phrase[] {
  return list;
}

const folded = new WeakMap<readonly Phrase[], readonly Phrase[]>();

/** The list as matched: strings folded (once per list). */
function matchable(list: readonly Phrase[]): readonly Phrase[] {
  let f = folded.get(list);
  // Stryker disable next-line ConditionalExpression: a cache; folding the list again gives the same list
  if (!f) folded.set(list, (f = list.map((p) => (typeof p === 'string' ? fold(p) : p))));
  return f;
}

/** Whether normalized text contains one of the phrases (substring, or the pattern matches). */
export function hasPhrase(normalized: string, list: readonly Phrase[]): boolean {
  return matchable(list).some((p) => (typeof p === 'string' ? normalized.includes(p) : p.test(normalized)));
}

/** Whether normalized text is exactly one of the phrases (a label, not a sentence containing it). */
export function isPhrase(normalized: string, list: readonly Phrase[]): boolean {
  return matchable(list).includes(normalized);
}

/** One pattern for a whole list (the observer tests many small texts per frame: one regex test is cheaper than many). */
export function anyOf(list: readonly Phrase[]): RegExp {
  return new RegExp(matchable(list).map((p) => (typeof p === 'string' ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : p.source)).join('|'));
}
