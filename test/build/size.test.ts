import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { entrySizes } from '../harness/entry-sizes.ts';
import { ROOT } from '../harness/launch.ts';

/**
 * The content script runs on every matched AWS page load: it must stay small (issue #2 §6). Its
 * cost to a page is measured by `npm run bench` (compile + run at document_idle).
 *
 * The goal is 18 KB gzip (issues #9, #14) and it is NOT met: this round's placement engine (the
 * panel never covers a control), the passkey step and the statuses-only console panels took the
 * script to about 19.1 KB. This test is the ceiling against further growth until the panel's
 * post-recognition code moves out of the page-injected file (issue #14 stays open for that).
 */
const CONTENT_GZIP_LIMIT = 20 * 1024;

describe.each(['dist', 'dist-firefox'])('%s sizes', (dir) => {
  const sizes = entrySizes(join(ROOT, dir));

  it('emits the content script as one self-contained file under the 20 KB ceiling (goal 18 KB)', () => {
    const content = sizes.filter((s) => s.entry.startsWith('content script'));
    expect(content).toHaveLength(1);
    expect(content[0]!.files).toHaveLength(1);
    expect(content[0]!.gzip).toBeLessThanOrEqual(CONTENT_GZIP_LIMIT);
  });

  it('finds every entry point', () => {
    expect(sizes.map((s) => s.entry.split(' ')[0])).toEqual(['content', 'background', 'popup', 'drill', 'kit']);
    for (const s of sizes) expect(s.gzip).toBeGreaterThan(0);
  });
});
