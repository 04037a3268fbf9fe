/**
 * The popup's first screen must not wait for heavy modules (issue #14): what its page loads
 * before anything runs (the entry and every chunk it imports statically, modulepreloads
 * included) holds no libphonenumber metadata; the account form and the phone helper fetch it
 * when they are shown.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entrySizes } from '../harness/entry-sizes.ts';
import { ROOT } from '../harness/launch.ts';

/** A key of libphonenumber's metadata JSON: present exactly in the chunk that carries it. */
const METADATA_MARK = 'country_calling_codes';

describe.each(['dist', 'dist-firefox'])('%s popup', (dir) => {
  const dist = join(ROOT, dir);

  it('loads no libphonenumber metadata before its first screen', () => {
    const popup = entrySizes(dist).find((e) => e.entry.startsWith('popup'));
    expect(popup).toBeDefined();
    const eager = popup!.files.filter((f) => f.endsWith('.js'));
    expect(eager.length).toBeGreaterThan(0);
    expect(eager.filter((f) => readFileSync(join(dist, f), 'utf8').includes(METADATA_MARK))).toEqual([]);
  });

  it('still ships the metadata, in a chunk of its own for the screens that need it', () => {
    const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => readFileSync(join(dist, 'assets', f), 'utf8').includes(METADATA_MARK))).toBe(true);
  });
});
