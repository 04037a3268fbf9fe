/**
 * `npm run size`: prints the gzip size of each entry point of dist/ (and dist-firefox/ when built).
 * The 18 KB gzip limit on the content script is enforced by test/build/size.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entrySizes } from '../test/harness/entry-sizes.ts';
import { ROOT } from '../test/harness/launch.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

for (const dir of ['dist', 'dist-firefox']) {
  const dist = join(ROOT, dir);
  if (!existsSync(join(dist, 'manifest.json'))) {
    if (dir === 'dist') console.log('dist/ not built: run `npm run build` first.');
    continue;
  }
  console.log(`\n${dir}/            raw      gzip  files`);
  for (const e of entrySizes(dist)) {
    console.log(`${e.entry.padEnd(40)} ${kb(e.raw)} ${kb(e.gzip)}  ${e.files.length}`);
  }
}
