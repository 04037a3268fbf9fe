/** The account preselected by `#account=<key>` (contracts §6), if any. */
export function accountFromHash(hash: string): string | undefined {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('account');
  return key || undefined;
}
