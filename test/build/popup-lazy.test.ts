/**
 * The popup's first screen must not wait for heavy modules (issue #14): what its page loads
 * before anything runs (the entry and every chunk it imports statically, modulepreloads
 * included) holds no libphonenumber metadata; the account form and the phone helper fetch it
 * when they are shown. And it is few files, all named in the HTML: each file an extension page
 * loads costs a round trip through the browser process, which measured as most of the popup's
 * delay; the small first script starts the store read while the screen's script is compiled.
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

  it('names in its HTML every file its first screen loads: a small first script, then the screen (with its style sheet) as preloads', () => {
    const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
    // No <link rel=stylesheet>: one in the HTML holds back every module script until it is parsed.
    expect(html).not.toMatch(/rel="stylesheet"/);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    // The first script starts the store read; it must be small, so that it runs early.
    const boot = readFileSync(join(dist, scripts[0]!), 'utf8');
    expect(boot.length).toBeLessThan(16 * 1024);
    expect(boot).toContain('indexedDB');
    // Whatever it imports for the first screen is named in the HTML, so its fetch starts with the page.
    const deps = JSON.parse(/m\.f=(\[[^\]]*\])/.exec(boot)?.[1] ?? '[]') as string[];
    expect(deps.some((f) => f.endsWith('.js'))).toBe(true);
    const popup = entrySizes(dist).find((e) => e.entry.startsWith('popup'))!;
    for (const f of deps) expect(popup.files).toContain(f);
    // No style sheet file either: the screen's script carries its sheet and adopts it (one file less to wait for).
    expect(popup.files.filter((f) => f.endsWith('.css'))).toEqual([]);
    const code = popup.files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    expect(code).toContain('adoptedStyleSheets');
    expect(code).toMatch(/#app\{[^}]*width:380px/);
    // The boot script, the screen, and at most rolldown's small runtime (the screen's namespace object).
    expect(popup.files.filter((f) => f.endsWith('.js')).length).toBeLessThanOrEqual(3);
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
