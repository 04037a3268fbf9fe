/**
 * Compares a fresh `npm run build:firefox` (dist-firefox/) with the Firefox package submitted to
 * the add-on store, file by file and byte for byte (BUILD.md). Usage:
 *   npx tsx scripts/compare-firefox-build.ts release/mfa-lifeline-firefox-<version>.zip
 * Prints every file that differs or exists on one side only; exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(import.meta.dirname, '..');
const [zipPath, distArg] = process.argv.slice(2);
if (!zipPath) {
  console.error('usage: npx tsx scripts/compare-firefox-build.ts <firefox zip> [built folder, default dist-firefox]');
  process.exit(2);
}
const dist = resolve(distArg ?? join(ROOT, 'dist-firefox'));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [relative(dist, join(dir, d.name))]));
}

const zip = await JSZip.loadAsync(readFileSync(zipPath));
const packaged = new Map<string, Buffer>();
for (const entry of Object.values(zip.files)) if (!entry.dir) packaged.set(entry.name, await entry.async('nodebuffer'));
const built = walk(dist).sort();
const problems: string[] = [];
for (const f of built) {
  const inZip = packaged.get(f);
  if (!inZip) problems.push(`only in the rebuild: ${f}`);
  else if (!inZip.equals(readFileSync(join(dist, f)))) problems.push(`differs: ${f}`);
}
for (const f of packaged.keys()) if (!built.includes(f)) problems.push(`only in the package: ${f}`);
for (const p of problems) console.log(p);
console.log(problems.length ? `${problems.length} difference(s) between ${zipPath} and ${dist}` : `identical: ${built.length} files of ${dist} match ${zipPath} byte for byte`);
process.exit(problems.length ? 1 : 0);
