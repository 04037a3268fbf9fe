/**
 * Prints the claims register (src/domain/claims.ts): `npm run claims` as a table,
 * `npm run claims -- --json` as a JSON array (id, text, source, checked, kind, reported, note,
 * and the locale keys that state the claim).
 */
import { CLAIMS } from '../src/domain/claims.ts';
import { CLAIM_KEYS } from '../src/domain/claims-keys.ts';

const keysOf = (id: string) => Object.entries(CLAIM_KEYS).filter(([, ids]) => ids.includes(id)).map(([k]) => k);
const rows = CLAIMS.map((c) => ({ ...c, keys: keysOf(c.id) }));

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
} else {
  const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const line = (cols: string[], widths: number[]) => cols.map((c, i) => cut(c, widths[i]!).padEnd(widths[i]!)).join(' │ ');
  const widths = [26, 8, 10, 64, 48];
  const out = [line(['id', 'kind', 'checked', 'claim', 'source'], widths), widths.map((w) => '─'.repeat(w)).join('─┼─')];
  for (const r of rows) {
    const kind = r.kind === 'report' ? `rep ${r.reported}` : r.kind;
    out.push(line([r.id, kind, r.checked, r.text, `${r.source.title} <${r.source.url}>`], widths));
  }
  out.push('', `${rows.length} claims; ${Object.keys(CLAIM_KEYS).length} locale keys state them.`);
  process.stdout.write(out.join('\n') + '\n');
}
