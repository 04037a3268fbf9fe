/**
 * `npm run zip`: store-ready zips of both builds in release/, made by web-ext build (which
 * writes a plain zip of the folder with the manifest at its root, as both stores expect).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/harness/launch.ts';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const bin = join(ROOT, 'node_modules/.bin/web-ext');
for (const [dir, target] of [['dist', 'chrome'], ['dist-firefox', 'firefox']] as const) {
  const filename = `mfa-lifeline-${target}-${version}.zip`;
  execFileSync(bin, ['build', '--source-dir', join(ROOT, dir), '--artifacts-dir', join(ROOT, 'release'), '--filename', filename, '--overwrite-dest', '--no-input'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`release/${filename}`);
}
