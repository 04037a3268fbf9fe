/**
 * The source archive the add-on store's reviewers rebuild the Firefox package from: every file
 * git tracks (the sources, the lockfile, the build configuration, BUILD.md, the scripts that
 * compare a rebuild with the package), and nothing generated or installed (node_modules, dist*,
 * release/). Entries carry a fixed date so the same commit gives the same archive.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Generated or installed: never in the archive, even if someone tracked it by mistake. */
const EXCLUDED = [/^node_modules\//, /^dist[^/]*\//, /^release\//];
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function sourceFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f && !EXCLUDED.some((x) => x.test(f)))
    // A file deleted in the work tree but not yet in a commit is not part of the sources.
    .filter((f) => existsSync(join(root, f)))
    .sort();
}

export async function writeSourceArchive(root: string, outFile: string): Promise<string[]> {
  const files = sourceFiles(root);
  if (!files.includes('BUILD.md')) throw new Error('BUILD.md is not tracked: the reviewers need it at the top of the archive');
  const zip = new JSZip();
  for (const f of files) zip.file(f, readFileSync(join(root, f)), { date: FIXED_DATE, createFolders: false });
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  writeFileSync(outFile, buf);
  return files;
}
