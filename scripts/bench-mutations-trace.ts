/**
 * Where the panel-shown overhead of the mutation bench goes (issue #14 item 1): a Chromium trace
 * of the renderer's main thread during the bench page's 10,000 unrelated mutations, with the
 * extension (MFA step, panel on screen) and in a browser without it, reduced to the self time of
 * each trace event name (Layout, UpdateLayoutTree, Paint, FunctionCall, …) and how often it ran.
 * Run: `npm run build && npx tsx scripts/bench-mutations-trace.ts [rounds] [mfa|password]`
 * (BENCH_DIST measures another build).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launch, type Launched } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { fixtureResolver } from '../test/fixtures/pages.ts';
import { contentScriptStarted } from '../test/e2e/content-started.ts';
import type { TraceEvent } from './trace-event.ts';


const URL = 'https://signin.aws.amazon.com/oauth?client_id=bench';
const ROUNDS = Number(process.argv[2] ?? 3);
const MFA = (process.argv[3] ?? 'mfa') === 'mfa';
const BUILD = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : DIST;
type Bench = { __bench: { mfa(show: boolean, timeoutMs?: number): Promise<number | null>; mutate(total: number, perFrame: number): Promise<number> } };

async function open(withExtension: boolean): Promise<{ b: Launched; page: Page }> {
  const b = await launch({ withExtension, dist: BUILD });
  await goOffline(b.context, fixtureResolver([{ file: 'bench/mutations.html', url: URL, expectedPage: null, lang: 'en', note: 'benchmark' }]));
  const page = await b.context.newPage();
  await page.goto(URL);
  if (withExtension) await contentScriptStarted(page);
  return { b, page };
}

/** Self thread time per event name on the busiest renderer main thread, and counts. */
async function traced(page: Page): Promise<Map<string, { self: number; n: number }>> {
  await page.bringToFront();
  await page.evaluate((show) => (window as unknown as Bench).__bench.mfa(show, 1000), MFA);
  await page.waitForTimeout(400);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'blink', 'cc'] }, transferMode: 'ReportEvents' } as never);
  await page.evaluate(() => (window as unknown as Bench).__bench.mutate(10_000, 100));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(k)) continue;
    byThread.set(k, [...(byThread.get(k) ?? []), e]);
  }
  const busiest = [...byThread.values()].sort((a, z) => z.reduce((s, e) => s + (e.tdur ?? 0), 0) - a.reduce((s, e) => s + (e.tdur ?? 0), 0))[0] ?? [];
  busiest.sort((a, z) => a.ts - z.ts || (z.dur ?? 0) - (a.dur ?? 0));
  const out = new Map<string, { self: number; n: number }>();
  const stack: { e: TraceEvent; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0) <= upTo) {
      const { e, child } = stack.pop()!;
      const url = e.args?.data?.url ?? '';
      const inOurs = stack.some((s) => s.e.name === 'FunctionCall' && (s.e.args?.data?.url ?? '').startsWith('chrome-extension://'));
      const key = (inOurs ? 'ours › ' : '') + (e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${url.startsWith('chrome-extension://') ? '(ours)' : '(page)'}` : e.name);
      const r = out.get(key) ?? { self: 0, n: 0 };
      r.self += Math.max(0, (e.tdur ?? 0) - child) / 1000;
      r.n++;
      out.set(key, r);
      if (stack.length) stack[stack.length - 1]!.child += e.tdur ?? 0;
    }
  };
  for (const e of busiest) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Infinity);
  return out;
}

const withExt = await open(true);
const without = await open(false);
const sums: Map<string, { self: number; n: number }>[][] = [[], []];
try {
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const i of order) sums[i]!.push(await traced(i === 0 ? withExt.page : without.page));
  }
} finally {
  await withExt.b.context.close();
  await without.b.context.close();
}
const names = new Set(sums.flatMap((s) => s.flatMap((m) => [...m.keys()])));
const mean = (i: number, k: string, f: 'self' | 'n') => sums[i]!.reduce((a, m) => a + (m.get(k)?.[f] ?? 0), 0) / ROUNDS;
const rows = [...names].map((k) => ({ k, w: mean(0, k, 'self'), wo: mean(1, k, 'self'), nw: mean(0, k, 'n'), nwo: mean(1, k, 'n') })).sort((a, z) => Math.abs(z.w - z.wo) - Math.abs(a.w - a.wo));
console.log(`${MFA ? 'MFA step (panel shown)' : 'password step (idle)'}; build ${BUILD}; mean over ${ROUNDS} rounds; self thread time ms (count)`);
console.log(`${'event'.padEnd(34)} ${'with'.padStart(16)} ${'without'.padStart(16)} ${'diff'.padStart(8)}`);
for (const r of rows.slice(0, 30)) console.log(`${r.k.padEnd(34)} ${`${r.w.toFixed(1)} (${r.nw.toFixed(0)})`.padStart(16)} ${`${r.wo.toFixed(1)} (${r.nwo.toFixed(0)})`.padStart(16)} ${(r.w - r.wo).toFixed(1).padStart(8)}`);
const total = (i: number) => [...names].reduce((a, k) => a + mean(i, k, 'self'), 0);
console.log(`total ${total(0).toFixed(1)} vs ${total(1).toFixed(1)} ms`);
