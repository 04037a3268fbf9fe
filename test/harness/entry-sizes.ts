/**
 * Measures what each entry point of a build loads: the file the manifest names plus every chunk
 * it imports statically (rolldown emits relative `import … from "./x.js"`), raw and gzipped.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

function jsClosure(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"`;]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    const next = normalize(join(dirname(file), m[1]!));
    if (existsSync(join(dist, next))) jsClosure(dist, next, seen);
  }
}

function htmlClosure(dist: string, html: string, seen: Set<string>): void {
  const text = readFileSync(join(dist, html), 'utf8');
  for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = m[1]!.startsWith('/') ? m[1]!.slice(1) : normalize(join(dirname(html), m[1]!));
    if (!existsSync(join(dist, ref))) continue;
    if (ref.endsWith('.js')) jsClosure(dist, ref, seen);
    else seen.add(ref);
  }
}

function measure(dist: string, entry: string, files: Set<string>): EntrySize {
  const list = [...files].sort();
  let raw = 0;
  let gzip = 0;
  for (const f of list) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { entry, files: list, raw, gzip };
}

export function entrySizes(dist: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    action?: { default_popup?: string };
  };
  const out: EntrySize[] = [];
  for (const js of new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))) {
    const seen = new Set<string>();
    jsClosure(dist, js, seen);
    out.push(measure(dist, `content script (${js})`, seen));
  }
  const bg = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  {
    const seen = new Set<string>();
    for (const f of bg) jsClosure(dist, f, seen);
    out.push(measure(dist, 'background', seen));
  }
  const pages = [manifest.action?.default_popup, 'src/drill/index.html', 'src/kit/index.html'].filter(
    (p): p is string => !!p && existsSync(join(dist, p)),
  );
  for (const page of pages) {
    const seen = new Set<string>();
    htmlClosure(dist, page, seen);
    out.push(measure(dist, page.replace(/^src\//, '').replace(/\/index\.html$/, ' page'), seen));
  }
  return out;
}

export function relativeTo(root: string, p: string): string {
  return relative(root, p) || '.';
}
