/**
 * A probe for the overview's first render (issue #13), for comparing builds on a machine that is
 * busy with other work. Launches one browser per build in PROBE_DISTS (comma-separated, each
 * optionally `path@accounts`; default dist/ with PROBE_ACCOUNTS, 1,000), seeds each through the
 * overview's own import, then loads in rounds (random order per round): a blank page of the
 * extension, then the overview, in a new tab each. Prints medians of navigation timing, any
 * performance marks in the build, the first row (heard on the console, nothing evaluated in the
 * page while it starts), the renderer's busy time, and the CPU time every process of that browser
 * used during the load (from /proc, Linux only), which an oversubscribed machine inflates far less
 * than wall time. Run: `PROBE_DISTS=/tmp/main-dist,dist PROBE_RUNS=11 npx tsx scripts/probe-overview.ts`;
 * `dist#direct` loads a build offline without request interception (bench-overview.ts's
 * OFFLINE_ARGS: goOffline()'s route makes every request of the page, its own files too, wait
 * for this process's answer, which a blank page never does).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DIST, extensionUrl, launch, type Launched } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { orgFile } from '../test/unit/import-fixtures.ts';
import { BLANK_FILE, writeBlank } from './bench-popup.ts';
import { OFFLINE_ARGS } from './bench-overview.ts';

const DISTS = (process.env.PROBE_DISTS ?? DIST).split(',');
const DEFAULT_N = Number(process.env.PROBE_ACCOUNTS ?? 1000);
const RUNS = Number(process.env.PROBE_RUNS ?? 9);
/** PROBE_PAGE=popup probes the popup's first view instead (issue #14), seeded the same way. */
const POPUP = process.env.PROBE_PAGE === 'popup';
const PAGE_PATH = POPUP ? 'src/popup/index.html' : 'src/overview/index.html';
const ROW = POPUP ? '#app main h2 + *' : 'table.accounts tbody tr:not(.spacer)';

/**
 * Stretches of one load, from the page's marks (boot.ts, main.tsx): the boot script's start after
 * the document is parsed, the store read, the screen's code, and the render after the read.
 * PROBE_SEGMENTS adds more (`a>b,c>d`, mark names as printed).
 */
const SEGMENTS: [string, string][] = [
  ['nav.domInteractive', 'mfa:boot'],
  ['mfa:boot', 'mfa:code'],
  ['mfa:boot', 'mfa:read'],
  ['mfa:read', 'firstRow'],
  // What the page's own files and code take after the document is parsed (the rest is the browser's, as for a blank page).
  ['nav.domInteractive', 'firstRow'],
  ...(process.env.PROBE_SEGMENTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((p) => p.split('>') as [string, string]),
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

const PROBE = (selector: string) => {
  const w = window as unknown as { __firstRender?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector(selector)) {
      w.__firstRender = performance.now();
      obs.disconnect();
      console.debug('first-render-probe');
    }
  }).observe(document, { childList: true, subtree: true });
};

async function seed(spec: string): Promise<Launched> {
  const [rest, how] = spec.split('#');
  const [dist, count] = rest!.split('@');
  const N = Number(count ?? DEFAULT_N);
  const b = await launch({ dist: dist!, ...(how === 'direct' ? { extraArgs: OFFLINE_ARGS } : {}) });
  if (how !== 'direct') await goOffline(b.context);
  const dir = mkdtempSync(join(tmpdir(), 'mfa-probe-'));
  const path = join(dir, 'accounts.json');
  writeFileSync(path, orgFile(N));
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b.extensionId, 'src/overview/index.html'));
  await page.locator('#ov-import-file').setInputFiles(path);
  await page.locator('.import-preview button.primary').click();
  await page.locator('.filters [role=status]').filter({ hasText: `${N} of ${N}` }).waitFor({ timeout: 30_000 });
  await page.close();
  return b;
}

type Sample = Record<string, number>;

/** CPU time (ms) used so far by every process of the browser whose profile is `dir`. */
function browserCpu(dir: string): Map<number, number> {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  const roots = new Set<number>();
  for (const d of procs) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      cpu.set(Number(d), ((Number(f[11]) + Number(f[12])) * 1000) / 100);
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(`--user-data-dir=${dir}`)) roots.add(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  const out = new Map<number, number>();
  const inTree = (p: number): boolean => roots.has(p) || (p > 1 && parent.has(p) && inTree(parent.get(p)!));
  for (const [p, c] of cpu) if (inTree(p)) out.set(p, c);
  return out;
}
const cpuDelta = (a: Map<number, number>, b: Map<number, number>) => [...b].reduce((s, [p, c]) => s + c - (a.get(p) ?? 0), 0);

async function load(context: BrowserContext, url: string, selector: string, dir: string): Promise<Sample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    const before = await task();
    await page.addInitScript(PROBE, selector);
    const cpu0 = browserCpu(dir);
    const seen = process.env.PROBE_WAIT === 'function' ? null : page.waitForEvent('console', { predicate: (m) => m.text() === 'first-render-probe', timeout: 30_000 });
    await page.goto(url);
    if (seen) await seen;
    else await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined, undefined, { timeout: 30_000 });
    const cpu = cpuDelta(cpu0, browserCpu(dir));
    const busy = (await task()) - before;
    const got = await page.evaluate(() => {
      const out: Record<string, number> = {};
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      out['nav.responseEnd'] = nav.responseEnd;
      out['nav.domInteractive'] = nav.domInteractive;
      out['nav.dcl'] = nav.domContentLoadedEventStart;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      out['res.count'] = res.length;
      out['res.lastEnd'] = Math.max(0, ...res.map((r) => r.responseEnd));
      for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
      for (const m of performance.getEntriesByType('measure')) out[`${m.name}(dur)`] = m.duration;
      out.firstRow = (window as unknown as { __firstRender: number }).__firstRender;
      return out;
    });
    got.busy = busy;
    got.cpu = cpu;
    return got;
  } finally {
    await page.close();
  }
}

async function main() {
  const browsers: Launched[] = [];
  for (const d of DISTS) browsers.push(await seed(d));
  const removes = [...new Set(DISTS.map((d) => d.split(/[@#]/)[0]!))].map((d) => writeBlank(d));
  try {
    const samples: { blank: number[]; blankCpu: number[]; ov: Sample[] }[] = DISTS.map(() => ({ blank: [], blankCpu: [], ov: [] }));
    for (const [i, b] of browsers.entries()) {
      await load(b.context, extensionUrl(b.extensionId, BLANK_FILE), 'main p', b.userDataDir);
      await load(b.context, extensionUrl(b.extensionId, PAGE_PATH), ROW, b.userDataDir);
      void i;
    }
    for (let r = 0; r < RUNS; r++) {
      const order = [...browsers.entries()].sort(() => Math.random() - 0.5);
      for (const [i, b] of order) {
        const bl = await load(b.context, extensionUrl(b.extensionId, BLANK_FILE), 'main p', b.userDataDir);
        samples[i]!.blank.push(bl.firstRow!);
        samples[i]!.blankCpu.push(bl.cpu!);
        samples[i]!.ov.push(await load(b.context, extensionUrl(b.extensionId, PAGE_PATH), ROW, b.userDataDir));
      }
    }
    for (const [i, d] of DISTS.entries()) {
      const s = samples[i]!;
      console.log(`\n${d}: ${RUNS} loads`);
      console.log(`  blank page first text: ${median(s.blank).toFixed(1)} ms, browser CPU ${median(s.blankCpu).toFixed(0)} ms`);
      const keys = [...new Set(s.ov.flatMap((x) => Object.keys(x)))].sort((a, b) => median(s.ov.map((x) => x[a] ?? NaN).filter((v) => !Number.isNaN(v))) - median(s.ov.map((x) => x[b] ?? NaN).filter((v) => !Number.isNaN(v))));
      for (const k of keys) {
        const v = s.ov.map((x) => x[k]).filter((x): x is number => x !== undefined);
        console.log(`  ${k.padEnd(24)} ${median(v).toFixed(1).padStart(7)}   (${v.map((x) => x.toFixed(0)).join(' ')})`);
      }
      console.log(`  paired ratio ${median(s.ov.map((x, j) => x.firstRow! / s.blank[j]!)).toFixed(2)}x`);
      // Each stretch measured within one load, then the median: far steadier than differences of medians.
      for (const [a, z] of SEGMENTS) {
        const v = s.ov.filter((x) => x[a] !== undefined && x[z] !== undefined).map((x) => x[z]! - x[a]!);
        if (v.length) console.log(`  ${`${a} -> ${z}`.padEnd(36)} ${median(v).toFixed(1).padStart(7)}   (${v.map((x) => x.toFixed(0)).join(' ')})`);
      }
    }
  } finally {
    for (const r of removes) r();
    for (const b of browsers) await b.context.close();
  }
}

void main();
