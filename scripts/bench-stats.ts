/**
 * Small statistics for the benchmark: medians, and a distribution-free 95 % confidence interval
 * for a median (order statistics of the binomial distribution), which needs no assumption about
 * how a loaded machine's noise is shaped.
 */

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)]! + (s[Math.ceil(i)]! - s[Math.floor(i)]!) * (i - Math.floor(i));
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** P(X ≤ k) for X ~ Binomial(n, 1/2). */
function binomCdf(n: number, k: number): number {
  let p = 0;
  let c = 1;
  for (let i = 0; i <= k; i++) {
    p += c;
    c = (c * (n - i)) / (i + 1);
  }
  return p / 2 ** n;
}

/**
 * The 95 % interval for the median: [x(k), x(n+1-k)] (1-based order statistics) with the
 * largest k for which the interval still covers the median with at least 95 % probability.
 * With 15 values that is the 4th and 12th (96.5 %); with 7, the 1st and 7th (98.4 %).
 */
export function medianCI(xs: readonly number[], level = 0.95): { lo: number; hi: number; coverage: number } {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { lo: NaN, hi: NaN, coverage: 0 };
  let k = 1;
  while (k + 1 <= Math.floor(n / 2) && 1 - 2 * binomCdf(n, k) >= level) k++;
  const coverage = 1 - 2 * binomCdf(n, k - 1);
  return { lo: s[k - 1]!, hi: s[n - k]!, coverage };
}

export const ms = (x: number): string => `${x.toFixed(1)} ms`;
export const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

/** "median [lo, hi]" with a formatter. */
export function withCI(xs: readonly number[], f: (x: number) => string): string {
  const ci = medianCI(xs);
  return `${f(median(xs))}  (95 % CI ${f(ci.lo)} … ${f(ci.hi)})`;
}
