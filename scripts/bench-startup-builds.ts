/**
 * The content script's compile + run at document_idle (bench-startup.ts) for several builds in
 * one browser run, loads interleaved, so that figures of different builds are comparable on a
 * shared machine (issue #14). A build whose content script is only
 * `requestIdleCallback(() => { document.documentElement })` gives the floor of any content script.
 * Builds with "empty" in their path show no panel: on the recognized page they are ready when
 * their isolated world ran, like on the unrecognized one, so that the floor is measured on both.
 * Also printed: our other main-thread work in the next second (`later`), which a saving in the
 * injection task must not merely move into.
 * Run: `N=9 npx tsx scripts/bench-startup-builds.ts <dist> <dist> …`.
 */
import { launch } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { fixtureResolver, PAGES } from '../test/fixtures/pages.ts';
import { contentScriptStarted } from '../test/e2e/content-started.ts';
import { startupCost } from './bench-startup.ts';
import { withCI, ms } from './bench-stats.ts';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
const builds = process.argv.slice(2);
const N = Number(process.env.N ?? 9);
const un = PAGES.find((p) => p.file === 'negative/password-step-2024-en.html')!;
const rec = PAGES.find((p) => p.file === 'signin/mfa-code-2024-iam-en.html')!;
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
console.log('load', loadavg().map((x) => x.toFixed(2)).join(' '));
for (const b of ctx) await b.context.close();
