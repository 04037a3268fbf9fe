/**
 * The popup's first screen must not wait for heavy modules (issue #14): what its page loads
 * before anything runs (the entry and every chunk it imports statically, modulepreloads
 * included) holds no libphonenumber metadata; the account form and the phone helper fetch it
 * when they are shown. And it is one script file: each file an extension page loads costs a
 * round trip through the browser process, which measured as most of the popup's delay.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entrySizes } from '../harness/entry-sizes.ts';
import { ROOT } from '../harness/launch.ts';

/** A key of libphonenumber's metadata JSON: present exactly in the chunk that carries it. */
const METADATA_MARK = 'country_calling_codes';
/** webextension-polyfill's guard, in the chunk that carries it. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';
/** The recovery paths' locale keys (recovery-tree.ts), in the chunk that carries the tree. */
const RECOVERY_TREE_MARK = 'recoveryPath';

describe.each(['dist', 'dist-firefox'])('%s popup', (dir) => {
  const dist = join(ROOT, dir);

  it('loads no libphonenumber metadata before its first screen', () => {
    const popup = entrySizes(dist).find((e) => e.entry.startsWith('popup'));
    expect(popup).toBeDefined();
    const eager = popup!.files.filter((f) => f.endsWith('.js'));
    expect(eager.length).toBeGreaterThan(0);
    expect(eager.filter((f) => readFileSync(join(dist, f), 'utf8').includes(METADATA_MARK))).toEqual([]);
  });

  it('loads its first screen as one script and one style sheet', () => {
    const popup = entrySizes(dist).find((e) => e.entry.startsWith('popup'))!;
    expect(popup.files.filter((f) => f.endsWith('.js'))).toHaveLength(1);
    expect(popup.files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
  });

  it('leaves out of that script what a first screen without an open case does not draw', () => {
    const popup = entrySizes(dist).find((e) => e.entry.startsWith('popup'))!;
    const code = popup.files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(code).not.toContain(POLYFILL_MARK);
    expect(code).not.toContain(RECOVERY_TREE_MARK);
    // The overview's rows (and the Intl.Collator they build on load) come after the first paint.
    expect(code).not.toContain('Intl.Collator');
  });

  it('still ships the metadata, in a chunk of its own for the screens that need it', () => {
    const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes(METADATA_MARK))).toBe(true);
  });
});
