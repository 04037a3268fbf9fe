import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PANEL_SCRIPT } from '../../src/shared/panel-script.ts';
import { entrySizes } from '../harness/entry-sizes.ts';
import { ROOT } from '../harness/launch.ts';

/**
 * The content script runs on every matched AWS page load: it must stay small (issue #2 §6; 18 KB
 * gzip, issues #9 and #14). Its cost to a page is measured by `npm run bench` (compile + run at
 * document_idle). Data the panel needs only after recognition (the decision tree's questions and
 * paths) comes from the worker, and no phone helper runs in the page: that is what keeps it there.
 *
 * Since issue #14 the manifest's content script is the detector only, and the worker injects the
 * panel's script on recognition: a recognized page runs both, so the budget covers the two
 * together (each file gzipped on its own, as they are loaded, and the sizes added). The panel's
 * texts and its style sheet come from the worker (the hello message; the injection), as data the
 * panel needs only after recognition may (issue #14).
 */
const CONTENT_GZIP_LIMIT = 18 * 1024;
/** What every matched page compiles (most of them recognize nothing). */
const DETECTOR_GZIP_LIMIT = 6 * 1024;

describe.each(['dist', 'dist-firefox'])('%s sizes', (dir) => {
  const sizes = entrySizes(join(ROOT, dir));

  it('emits the detector and the panel as self-contained files within 18 KB gzip together', () => {
    const content = sizes.filter((s) => s.entry.startsWith('content script'));
    expect(content).toHaveLength(1);
    expect(content[0]!.files).toHaveLength(1);
    expect(content[0]!.gzip).toBeLessThanOrEqual(DETECTOR_GZIP_LIMIT);
    const panel = gzipSync(readFileSync(join(ROOT, dir, PANEL_SCRIPT)), { level: 9 }).length;
    expect(panel).toBeGreaterThan(0);
    expect(content[0]!.gzip + panel).toBeLessThanOrEqual(CONTENT_GZIP_LIMIT);
  });

  it('finds every entry point', () => {
    expect(sizes.map((s) => s.entry.split(' ')[0])).toEqual(['content', 'background', 'popup', 'drill', 'kit']);
    for (const s of sizes) expect(s.gzip).toBeGreaterThan(0);
  });
});
