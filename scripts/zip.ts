/**
 * `npm run zip`: store-ready zips of both builds in release/, made by web-ext build (which
 * writes a plain zip of the folder with the manifest at its root, as both stores expect), and
 * the source archive for the add-on store's review (scripts/source-archive.ts; how to rebuild
 * from it: BUILD.md). Prints each size; a store zip over 300 KB fails.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/harness/launch.ts';
import { writeSourceArchive } from './source-archive.ts';

const LIMIT = 300 * 1024;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const bin = join(ROOT, 'node_modules/.bin/web-ext');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let tooBig = false;
for (const [dir, target] of [['dist', 'chrome'], ['dist-firefox', 'firefox']] as const) {
  const filename = `mfa-lifeline-${target}-${version}.zip`;
  execFileSync(bin, ['build', '--source-dir', join(ROOT, dir), '--artifacts-dir', join(ROOT, 'release'), '--filename', filename, '--overwrite-dest', '--no-input'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const size = statSync(join(ROOT, 'release', filename)).size;
  tooBig ||= size > LIMIT;
  console.log(`release/${filename}  ${kb(size)}${size > LIMIT ? `  OVER THE ${kb(LIMIT)} LIMIT` : ''}`);
}
const source = `mfa-lifeline-${version}-source.zip`;
const files = await writeSourceArchive(ROOT, join(ROOT, 'release', source));
console.log(`release/${source}  ${kb(statSync(join(ROOT, 'release', source)).size)}  (${files.length} tracked files; see BUILD.md)`);
if (tooBig) process.exit(1);
