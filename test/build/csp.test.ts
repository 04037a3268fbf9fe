/**
 * Issue #9 item 8: the browser, not habit, keeps the extension's pages off the network. Checked
 * on both built manifests, and on the built pages (no inline script or style the policy would
 * have to allow).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/launch.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

describe.each(['dist', 'dist-firefox'])('built %s', (dir) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8')) as { content_security_policy?: { extension_pages?: string } };
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  const d = directives(policy);

  it('sets a CSP for the extension pages: self only, no plugins', () => {
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no remote, inline or eval source anywhere', () => {
    for (const [name, sources] of d) {
      for (const s of sources) {
        expect(s, `${name} ${s}`).toMatch(/^'(self|none)'$/);
      }
    }
  });

  it('ships pages without inline scripts or styles (the policy would block them)', () => {
    const pages = htmlFiles(join(ROOT, dir, 'src'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      const html = readFileSync(p, 'utf8');
      expect(html, p).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, p).not.toMatch(/<style\b/);
      expect(html, p).not.toMatch(/\sstyle=/);
      expect(html, p).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});
