/**
 * Where a page's first screen goes, from a Chromium trace (issues #13 and #14): seeds N accounts
 * through the overview's own import, loads the page once unmeasured, then loads it TRACE_LOADS
 * times in a new tab each with a trace of every process, and prints the page's main-thread tasks
 * from navigation start to the first row (or the popup's first view), each with its longest
 * inner events, plus the IndexedDB and resource events seen meanwhile.
 * Function names are readable in a build made with MFA_UNMINIFIED_PAGES=1.
 * Run: `npm run build && TRACE_PAGE=overview npx tsx scripts/trace-first-screen.ts` (TRACE_PAGE=popup,
 * TRACE_ACCOUNTS=1000, TRACE_LOADS=1, TRACE_DIST=another build, TRACE_OUT=file to keep the raw trace,
 * TRACE_PROFILE=0 to leave out V8's sampling profiler: starting it takes 80+ ms inside the
 * navigation's commit (`CpuProfiler::StartProfiling`), which shifts every later time; TRACE_ROUTE=1
 * to go offline through goOffline()'s request interception, as the bench did before).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { DIST, extensionUrl, launch } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { orgFile } from '../test/unit/import-fixtures.ts';
import type { TraceEvent } from './trace-event.ts';
import { OFFLINE_ARGS } from './bench-overview.ts';

const PAGE = process.env.TRACE_PAGE ?? 'overview';
const N = Number(process.env.TRACE_ACCOUNTS ?? 1000);
const LOADS = Number(process.env.TRACE_LOADS ?? 1);
const dist = process.env.TRACE_DIST ?? DIST;
const URL_PATH = PAGE === 'popup' ? 'src/popup/index.html' : 'src/overview/index.html';
const SELECTOR = PAGE === 'popup' ? '#app main h2 + *' : 'table.accounts tbody tr:not(.spacer)';


const PROBE = (selector: string) => {
  new MutationObserver((_, obs) => {
    if (document.querySelector(selector)) {
      performance.mark('first-row');
      obs.disconnect();
      console.debug('first-row-probe');
    }
  }).observe(document, { childList: true, subtree: true });
};

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'loading', 'IndexedDB', 'blink.user_timing', 'navigation', 'toplevel', ...(process.env.TRACE_PROFILE === '0' ? [] : ['disabled-by-default-v8.cpu_profiler'])],
    },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

// Offline as bench-overview.ts is (no request interception); TRACE_ROUTE=1 for goOffline()'s route.
const b = await launch({ dist, ...(process.env.TRACE_ROUTE === '1' ? {} : { extraArgs: OFFLINE_ARGS }) });
if (process.env.TRACE_ROUTE === '1') await goOffline(b.context);
const dir = mkdtempSync(join(tmpdir(), 'mfa-trace-'));
const file = join(dir, 'accounts.json');
writeFileSync(file, orgFile(N));
const seedPage = await b.context.newPage();
await seedPage.goto(extensionUrl(b.extensionId, 'src/overview/index.html'));
await seedPage.locator('#ov-import-file').setInputFiles(file);
await seedPage.locator('.import-preview button.primary').click();
await seedPage.locator('.filters [role=status]').filter({ hasText: `${N} of ${N}` }).waitFor({ timeout: 30_000 });
await seedPage.close();

for (let i = 0; i <= LOADS; i++) {
  const page = await b.context.newPage();
  await page.addInitScript(PROBE, SELECTOR);
  const cdp = await b.context.newCDPSession(page);
  const seen = page.waitForEvent('console', { predicate: (m) => m.text() === 'first-row-probe', timeout: 30_000 });
  const events = await trace(cdp, async () => {
    await page.goto(extensionUrl(b.extensionId, URL_PATH));
    await seen;
    await page.waitForTimeout(50);
  });
  await page.close();
  if (i === 0) continue; // the first load pays for process start-up
  if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}.${i}.json`, JSON.stringify({ traceEvents: events }));
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(URL_PATH));
  const row = events.find((e) => e.name === 'first-row' && e.cat.includes('user_timing'));
  if (!nav || !row) {
    console.log('navigationStart or first-row not found in the trace');
    continue;
  }
  const t0 = nav.ts;
  const at = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(6);
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= t0 - 1000 && e.ts <= row.ts + 1000);
  const top = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  console.log(`\nLoad ${i}: first row at ${at(row.ts)} ms after navigation start`);
  let busy = 0;
  for (const task of top) {
    const d = (task.dur ?? 0) / 1000;
    busy += d;
    if (d < 0.5) continue;
    const inner = main
      .filter((e) => e !== task && e.name !== task.name && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) >= 300)
      .sort((a, b2) => (b2.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 6)
      .map((e) => {
        const data = e.args?.data ?? {};
        const what = String(data.url ?? data.functionName ?? data.type ?? data.fileName ?? '').replace(/^.*\//, '');
        return `${e.name}${what ? `(${what})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
      });
    console.log(`  ${at(task.ts)} +${d.toFixed(1).padStart(5)}  ${inner.join(' | ')}`);
  }
  console.log(`  main-thread busy before the first row: ${busy.toFixed(1)} ms`);
  const marks = events.filter((e) => e.pid === nav.pid && e.cat.includes('user_timing')).map((e) => `${e.name}@${at(e.ts).trim()}`);
  console.log(`  marks: ${marks.join(' ')}`);
  // Self time per function from the V8 sampling profiler's chunks, page's process, navigation -> first row.
  const nodes = new Map<number, { name: string; parent?: number }>();
  const self = new Map<string, number>();
  let tsCursor = 0;
  for (const e of events.filter((x) => x.pid === nav.pid && (x.name === 'ProfileChunk' || x.name === 'Profile'))) {
    const data = e.args?.data as { startTime?: number; cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number } }[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (e.name === 'Profile') {
      tsCursor = data?.startTime ?? e.ts;
      continue;
    }
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, { name: `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').replace(/^.*\//, '')}:${n.callFrame.lineNumber ?? ''}:${n.callFrame.columnNumber ?? ''}`, parent: n.parent });
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (const [k, s] of samples.entries()) {
      const d = deltas[k] ?? 0;
      tsCursor += d;
      if (tsCursor < t0 || tsCursor > row.ts) continue;
      const name = nodes.get(s)?.name ?? String(s);
      self.set(name, (self.get(name) ?? 0) + (deltas[k + 1] ?? d) / 1000);
    }
  }
  const total = [...self.values()].reduce((a, x) => a + x, 0);
  console.log(`  JS profile (self ms, ${total.toFixed(0)} ms sampled):`);
  for (const [name, v] of [...self].sort((a, x) => x[1] - a[1]).slice(0, Number(process.env.TRACE_TOP ?? 30))) console.log(`    ${v.toFixed(1).padStart(6)}  ${name}`);
  const idb = events.filter((e) => /IndexedDB/i.test(e.cat) && e.ts >= t0 && e.ts <= row.ts && (e.dur ?? 0) > 200);
  for (const e of idb.slice(0, 30)) console.log(`  idb ${e.name} pid=${e.pid === nav.pid ? 'page' : e.pid} ${at(e.ts)} +${((e.dur ?? 0) / 1000).toFixed(1)}`);
}
await b.context.close();
