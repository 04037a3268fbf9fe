/** Up to this many accounts the popup lists them all; above, its home shows a summary and a search (issue #13). */
export const HANDFUL = 5;
