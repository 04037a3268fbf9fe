/**
 * The source archive for the add-on store's review: every tracked file needed to rebuild (the
 * sources, the lockfile, the build configuration, BUILD.md and the compare script), nothing
 * installed or generated, and the same bytes in the archive as in the work tree.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { sourceFiles, writeSourceArchive } from '../../scripts/source-archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the source archive', () => {
  it('holds every tracked file needed to build and nothing from node_modules, dist* or release/', { timeout: 60_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'source-archive-')), 'source.zip');
    const listed = await writeSourceArchive(ROOT, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(names).toEqual(listed);

    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const needed = [
      'BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'scripts/compare-firefox-build.ts',
      ...tracked.filter((f) => /^(src|icons|public)\//.test(f)),
    ];
    for (const f of needed) expect(names, f).toContain(f);
    expect(tracked.filter((f) => /^(src|icons)\//.test(f)).length).toBeGreaterThan(50);
    expect(names.filter((f) => /^(node_modules|dist[^/]*|release)\//.test(f) || f.includes('/node_modules/'))).toEqual([]);

    // The bytes are the work tree's (binary files included).
    for (const f of ['package-lock.json', 'icons/icon-128.png', 'src/background/index.ts']) {
      if (!names.includes(f)) continue;
      expect((await zip.file(f)!.async('nodebuffer')).equals(readFileSync(join(ROOT, f))), f).toBe(true);
    }
  });

  it('leaves out generated folders even when git tracks something there', () => {
    expect(sourceFiles(ROOT).some((f) => /^(node_modules|dist|dist-firefox|release)\//.test(f))).toBe(false);
  });
});
