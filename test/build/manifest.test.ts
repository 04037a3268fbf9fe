import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/launch.ts';
import { awsSurface } from '../../src/site/aws-hosts.ts';
import { PANEL_SCRIPT } from '../../src/shared/panel-script.ts';

type Manifest = {
  name: string;
  description: string;
  default_locale: string;
  permissions?: string[];
  host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_scripts: { matches: string[]; js: string[] }[];
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  action: { default_title: string };
};

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as unknown;

function msgKeys(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
}

/** A URL that a match pattern accepts, for checking it against the script's own host predicate. */
function sampleUrl(pattern: string): string {
  return pattern.replace('://*.', '://us-east-1.').replace(/\*$/, '').replace(/\/$/, '/x');
}

describe.each(['dist', 'dist-firefox'])('built %s', (dir) => {
  const manifest = read(dir, 'manifest.json') as Manifest;
  const locales = readdirSync(join(ROOT, dir, '_locales'));

  it('ships en and ja locales with the same keys', () => {
    expect(locales.sort()).toEqual(['en', 'ja']);
    const en = Object.keys(read(dir, '_locales/en/messages.json') as object).sort();
    const ja = Object.keys(read(dir, '_locales/ja/messages.json') as object).sort();
    expect(ja).toEqual(en);
    expect(en.length).toBeGreaterThan(0);
  });

  it('has every __MSG_ key the manifest uses in every locale', () => {
    const keys = msgKeys(manifest);
    expect(keys).toContain('extName');
    for (const lang of locales) {
      const messages = read(dir, `_locales/${lang}/messages.json`) as Record<string, { message: string }>;
      for (const k of keys) expect(messages[k]?.message, `${lang}: ${k}`).toBeTruthy();
    }
  });

  it('asks for the narrowest permissions and exposes no files to web pages', () => {
    // scripting + host permissions: the worker injects the panel's script where the detector
    // recognized a page (issue #14), on exactly the content script's own matches, no wider.
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'notifications', 'scripting']);
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect(manifest.host_permissions).toEqual(matches);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(matches.some((m) => m.includes('<all_urls>') || m.startsWith('*://') || m.startsWith('http://'))).toBe(false);
    for (const m of matches) expect(awsSurface(sampleUrl(m)), m).not.toBeNull();
  });

  it('emits the content script as one file with no module imports', () => {
    const js = manifest.content_scripts.flatMap((c) => c.js);
    expect(js).toHaveLength(1);
    const code = readFileSync(join(ROOT, dir, js[0]!), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[({'"]|\bimport\s*\(/);
    expect(code).not.toMatch(/chrome\.runtime\.getURL\(/);
  });

  it('emits the panel script the worker injects as one file with no module imports', () => {
    const code = readFileSync(join(ROOT, dir, PANEL_SCRIPT), 'utf8');
    expect(code).not.toMatch(/\bimport\s*[({'"]|\bimport\s*\(/);
    expect(code).not.toMatch(/chrome\.runtime\.getURL\(/);
    // Evaluated by executeScript, whose result must be cloneable: a plain IIFE statement, no exports.
    expect(code.trimStart()).toMatch(/^\(function\s*\(\)\s*\{/);
  });

  it('references only files that exist', () => {
    const files = [
      ...manifest.content_scripts.flatMap((c) => c.js),
      ...(manifest.background.service_worker ? [manifest.background.service_worker] : (manifest.background.scripts ?? [])),
    ];
    for (const f of files) expect(existsSync(join(ROOT, dir, f)), f).toBe(true);
  });
});

describe('Firefox build', () => {
  const manifest = read('dist-firefox', 'manifest.json') as Manifest;
  it('uses background scripts, a fixed gecko id and declares no data collection', () => {
    expect(manifest.background.scripts?.length).toBeGreaterThan(0);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
