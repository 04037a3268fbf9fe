import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { entrySizes } from '../harness/entry-sizes.ts';
import { ROOT } from '../harness/launch.ts';

/**
 * The content script runs on every matched AWS page load: it must stay small (issue #2 §6; 18 KB
 * gzip, issues #9 and #14). Its cost to a page is measured by `npm run bench` (compile + run at
 * document_idle). Data the panel needs only after recognition (the decision tree's questions and
 * paths) comes from the worker, and no phone helper runs in the page: that is what keeps it there.
 */
const CONTENT_GZIP_LIMIT = 18 * 1024;

describe.each(['dist', 'dist-firefox'])('%s sizes', (dir) => {
  const sizes = entrySizes(join(ROOT, dir));

  it('emits the content script as one self-contained file within 18 KB gzip', () => {
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
