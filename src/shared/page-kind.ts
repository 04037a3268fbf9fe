/**
 * What the content script recognized. This is also the value of the panel host's
 * data-page attribute (a contract other tools and the tests rely on).
 */
export const PAGE_KINDS = [
  'mfa-code',
  'mfa-device-choice',
  // The passkey / security-key prompt (no code field), issue #10.
  'mfa-key',
  'troubleshoot',
  'alt-factors',
  'support-form',
  'account-contact',
  'security-credentials',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export function isPageKind(x: unknown): x is PageKind {
  return typeof x === 'string' && (PAGE_KINDS as readonly string[]).includes(x);
}
