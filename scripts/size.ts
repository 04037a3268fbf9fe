/**
 * `npm run size`: prints the gzip size of each entry point of dist/ (and dist-firefox/ when built).
 * The 18 KB gzip limit on the content script and the panel's script together is enforced by
 * test/build/size.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PANEL_SCRIPT } from '../src/shared/panel-script.ts';
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
  // Not in the manifest: the worker injects it on recognition (issue #14).
  if (existsSync(join(dist, PANEL_SCRIPT))) {
    const raw = readFileSync(join(dist, PANEL_SCRIPT));
    console.log(`${`panel script (${PANEL_SCRIPT})`.padEnd(40)} ${kb(raw.length)} ${kb(gzipSync(raw, { level: 9 }).length)}  1`);
  }
}
