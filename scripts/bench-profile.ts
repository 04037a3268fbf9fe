/**
 * Where the content script's start goes (issue #14): a V8 CPU profile of a fresh load of a page,
 * started before navigation so that it covers the injection at document_idle, reduced to the
 * self time of our script's functions (by name and position in the built file) and of the
 * engine's own entries ((program), (garbage collector)) while our script's top-level run was on
 * the stack. Run: `npm run build && tsx scripts/bench-profile.ts [recognized|unrecognized] [loads]`.
 */
import { DIST, launch } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { fixtureResolver, PAGES } from '../test/fixtures/pages.ts';
import { contentScriptStarted } from '../test/e2e/content-started.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const which = process.argv[2] ?? 'unrecognized';
const loads = Number(process.argv[3] ?? 5);
const file = which === 'recognized' ? 'signin/mfa-code-2024-iam-en.html' : 'negative/password-step-2024-en.html';
const page0 = PAGES.find((p) => p.file === file)!;

const b = await launch({ dist: process.env.BENCH_DIST ?? DIST });
await goOffline(b.context, fixtureResolver());
const totals = new Map<string, number[]>();
for (let i = 0; i < loads; i++) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(page0.url);
  if (which === 'recognized') await page.waitForSelector('mfa-lifeline-panel[data-page]', { state: 'attached' });
  else await contentScriptStarted(page);
  await page.waitForTimeout(1200);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The outermost frame of ours on the stack: which entry of our script the time belongs to. */
  const entry = (id: number): Node | null => {
    let found: Node | null = null;
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const n = byId.get(x)!;
      if (n.callFrame.url.startsWith('chrome-extension://')) found = n;
    }
    return found;
  };
  const self = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const n = byId.get(id)!;
    const outer = entry(id);
    if (!outer) return;
    // A gap after a sample (the thread slept, or the sampler was descheduled on a loaded machine) is not work: capped.
    const dt = Math.min(profile.timeDeltas[k + 1] ?? 0, 500) / 1000;
    const f = n.callFrame;
    const key = f.url.startsWith('chrome-extension://') ? `${f.functionName || '(anonymous)'} @${f.lineNumber}:${f.columnNumber}` : `[${f.functionName || f.url || '?'}]`;
    const k2 = `${outer.callFrame.functionName || '(top)'}@${outer.callFrame.columnNumber} › ${key}`;
    self.set(k2, (self.get(k2) ?? 0) + dt);
  });
  for (const [k, v] of self) totals.set(k, [...(totals.get(k) ?? []), v]);
  await page.close();
}
const rows = [...totals].map(([k, v]) => [k, v.reduce((a, x) => a + x, 0) / loads] as const).sort((a, z) => z[1] - a[1]);
console.log(`${which}: mean self time per load over ${loads} loads (ms), grouped by our outermost frame › function`);
for (const [k, v] of rows.slice(0, 45)) console.log(`${v.toFixed(2).padStart(7)}  ${k}`);
console.log(`total ${rows.reduce((a, r) => a + r[1], 0).toFixed(2)} ms`);
await b.context.close();
