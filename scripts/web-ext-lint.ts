/**
 * `npm run lint:firefox`: web-ext lint on dist-firefox/ (AMO's own linter). Fails on any error;
 * prints warnings, which are reviewed by hand (preact's innerHTML support is a known one).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../test/harness/launch.ts';

interface Finding { code: string; message: string; file?: string }
const bin = join(ROOT, 'node_modules/.bin/web-ext');
let out: string;
try {
  out = execFileSync(bin, ['lint', '--source-dir', join(ROOT, 'dist-firefox'), '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (e) {
  // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
  out = (e as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out.slice(out.indexOf('{'))) as { count: number; errors: Finding[]; warnings: Finding[]; notices: Finding[] };
for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ''}`);
for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ''}`);
console.log(`web-ext lint dist-firefox: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
if (report.errors.length > 0) process.exit(1);
