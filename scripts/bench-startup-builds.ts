/**
 * The content script's compile + run at document_idle (bench-startup.ts) for several builds in
 * one browser run, loads interleaved, so that figures of different builds are comparable on a
 * shared machine (issue #14). A build whose content script is only
 * `requestIdleCallback(() => { document.documentElement })` gives the floor of any content script.
 * Builds with "empty" in their path show no panel: on the recognized page they are ready when
 * their isolated world ran, like on the unrecognized one, so that the floor is measured on both.
 * Also printed: our other main-thread work in the next second (`later`), which a saving in the
 * injection task must not merely move into.
 * With FLOOR=1, two floor builds are made from the first build given (in the system's temp
 * directory) and measured in the same run: its content script replaced by an empty file (what the
 * browser pays for injecting any file) and by that one line (any script that schedules work: the
 * first use of a window API in the isolated world is part of it).
 * Figures are printed to 0.01 ms: on a fast machine a whole detector costs about 1 ms, and the
 * differences between builds are a tenth of that. For each build after the first one given, the
 * per-round difference to the first (same round, so the same moment of a shared machine's load) is
 * printed too, as a median with its CI: a difference whose CI excludes 0 is not noise.
 * UNREC and REC name other fixture pages (test/fixtures/pages.ts `file`), e.g. a console page.
 * Run: `N=9 [FLOOR=1] [UNREC=…] [REC=…] npx tsx scripts/bench-startup-builds.ts <dist> <dist> …`
 * (no argument: dist/).
 */
import { DIST, launch } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { fixtureResolver, PAGES } from '../test/fixtures/pages.ts';
import { contentScriptStarted } from '../test/e2e/content-started.ts';
import { floorBuild, startupCost } from './bench-startup.ts';
import { withCI } from './bench-stats.ts';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
const given = process.argv.length > 2 ? process.argv.slice(2) : [DIST];
const floors = process.env.FLOOR ? [floorBuild(given[0]!, 'empty'), floorBuild(given[0]!, 'oneline')] : [];
const builds = [...floors, ...given];
const N = Number(process.env.N ?? 9);
const fixture = (file: string) => PAGES.find((p) => p.file === file) ?? (() => { throw new Error(`no fixture page ${file}`); })();
const un = fixture(process.env.UNREC ?? 'negative/password-step-2024-en.html');
const rec = fixture(process.env.REC ?? 'signin/mfa-code-2024-iam-en.html');
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`unrec ${un.file}, rec ${rec.file}, N ${N}`);
console.log('load', loadavg().map((x) => x.toFixed(2)).join(' '));
const ctx: Awaited<ReturnType<typeof launch>>[] = [];
for (const d of builds) { const b = await launch({ dist: d }); await goOffline(b.context, fixtureResolver()); ctx.push(b); }
const res: Record<string, number[]> = {};
for (let i = 0; i < N; i++) for (let k = 0; k < builds.length; k++) {
  const b = ctx[k]!;
  const empty = builds[k]!.includes('empty');
  const pages = [
    ['unrec', un.url, (p: Page) => contentScriptStarted(p, 10_000)],
    ['rec', rec.url, (p: Page) => (empty ? contentScriptStarted(p, 10_000) : p.waitForSelector('mfa-lifeline-panel[data-page]', { state: 'attached', timeout: 10_000 }))],
  ] as const;
  for (const [name, url, ready] of pages) {
    const r = await startupCost(b.context, url, ready);
    for (const [key, v] of [['', r.evaluate], [' compile', r.compile], [' run', r.run], [' later', r.later], [' panel', r.panel]] as const) {
      if (key === ' panel' && empty) continue;
      (res[`${builds[k]} ${name}${key}`] ??= []).push(v);
    }
  }
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(60), withCI(v, ms));
// Paired by round against the first build given (not a floor build): after − before.
const base = given[0]!;
for (const b of given.slice(1)) for (const name of ['unrec', 'rec']) for (const key of ['', ' compile', ' run', ' later']) {
  const before = res[`${base} ${name}${key}`];
  const after = res[`${b} ${name}${key}`];
  if (before && after) console.log(`Δ ${b} − ${base} ${name}${key}`.padEnd(60), withCI(after.map((x, i) => x - before[i]!), ms));
}
console.log('load', loadavg().map((x) => x.toFixed(2)).join(' '));
for (const b of ctx) await b.context.close();
