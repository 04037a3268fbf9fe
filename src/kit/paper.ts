/** Paper sizes offered; "auto" lets the printer dialog decide (its default follows the locale). */
export type Paper = 'auto' | 'A4' | 'letter';

/** The @page size rule for a paper choice (a constructed style sheet the page swaps). */
export function pageSizeCss(p: Paper): string {
  return p === 'auto' ? '' : `@page { size: ${p} portrait; }`;
}

/** Letter where it is the norm (US, Canada and a few others), else A4. */
export function defaultPaper(locale: string): Paper {
  const region = /-([A-Z]{2})\b/.exec(locale)?.[1];
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO'].includes(region) ? 'letter' : 'A4';
}
