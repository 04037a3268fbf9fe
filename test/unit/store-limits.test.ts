import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceLocales } from './locale-source.ts';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as { description: string; name: string };

describe('store limits', () => {
  it('keeps the description within the 132 characters Chrome and Firefox allow, in every locale', () => {
    const key = /^__MSG_(\w+)__$/.exec(manifest.description)?.[1];
    expect(key).toBe('extDescription');
    for (const [lang, messages] of Object.entries(loadSourceLocales())) {
      const text = messages[key!]!.message;
      expect([...text].length, `${lang}: ${text}`).toBeLessThanOrEqual(132);
      expect(text.trim().length, lang).toBeGreaterThan(40);
    }
  });
});
