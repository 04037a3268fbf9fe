/**
 * Which AWS origins the content script serves, as pure predicates (refined-github style).
 * Mirrors manifest.json content_scripts.matches; a test checks the two agree.
 * Sources: ../shared/research/aws-pages.md §1.1–1.3 (observed 2017–2026).
 */
export type AwsSurface = 'signin' | 'support-form' | 'console';

export function awsSurface(url: string | undefined): AwsSurface | null {
  // Stryker disable next-line ConditionalExpression: an empty or missing address fails to parse below and gives null as well
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.port !== '') return null;
  const host = u.hostname;
  if (host === 'signin.aws.amazon.com' || host.endsWith('.signin.aws.amazon.com')) return 'signin';
  if (host === 'aws.amazon.com' && u.pathname.startsWith('/forms/aws-mfa-support')) return 'support-form';
  if (host === 'support.aws.amazon.com') return 'support-form';
  if (host === 'console.aws.amazon.com' || host.endsWith('.console.aws.amazon.com')) {
    if (/^\/(billing|iam|iamv2|account)(\/|$)/.test(u.pathname)) return 'console';
  }
  return null;
}
