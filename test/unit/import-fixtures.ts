/** Organizations list-accounts pages and CSV files as the import tests and the bench use them. */
export const MGMT = '111111111111';
export const ORG = 'o-exampleorgid';

export function orgAccount(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Id: id,
    Arn: `arn:aws:organizations::${MGMT}:account/${ORG}/${id}`,
    Email: `aws+${id}@example.com`,
    Name: `Account ${id}`,
    Status: 'ACTIVE',
    State: 'ACTIVE',
    JoinedMethod: id === MGMT ? 'INVITED' : 'CREATED',
    JoinedTimestamp: '2024-03-01T10:00:00.000000+09:00',
    ...over,
  };
}

/** `n` accounts: the management account first, then members with consecutive IDs. */
export function orgIds(n: number): string[] {
  return [MGMT, ...Array.from({ length: n - 1 }, (_, i) => String(200000000000 + i))];
}

export function orgFile(n: number): string {
  return JSON.stringify({ Accounts: orgIds(n).map((id) => orgAccount(id)) }, null, 4);
}

/** The same listing split into pages of `size` with NextToken, as `--max-items` prints it. */
export function orgPages(n: number, size: number): string[] {
  const ids = orgIds(n);
  const pages: string[] = [];
  for (let i = 0; i < ids.length; i += size) {
    const page: Record<string, unknown> = { Accounts: ids.slice(i, i + size).map((id) => orgAccount(id)) };
    if (i + size < ids.length) page.NextToken = `token-${i + size}`;
    pages.push(JSON.stringify(page));
  }
  return pages;
}
