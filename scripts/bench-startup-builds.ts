/**
 * The content script's compile + run at document_idle (bench-startup.ts) for several builds in
 * one browser run, loads interleaved, so that figures of different builds are comparable on a
 * shared machine (issue #14). A build whose content script is only
 * `requestIdleCallback(() => { document.documentElement })` gives the floor of any content script;
 * builds with "empty" in their path are measured on the unrecognized page only.
 * Run: `N=9 npx tsx scripts/bench-startup-builds.ts <dist> <dist> …`.
 */
import { launch } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { fixtureResolver, PAGES } from '../test/fixtures/pages.ts';
import { contentScriptStarted } from '../test/e2e/content-started.ts';
import { startupCost } from './bench-startup.ts';
import { withCI, ms } from './bench-stats.ts';
import { loadavg } from 'node:os';
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
  const u = await startupCost(b.context, un.url, (p) => contentScriptStarted(p, 10_000));
  (res[`${builds[k]} unrec`] ??= []).push(u.evaluate);
  (res[`${builds[k]} unrec compile`] ??= []).push(u.compile);
  (res[`${builds[k]} unrec run`] ??= []).push(u.run);
  if (!builds[k]!.includes('empty')) {
    const r = await startupCost(b.context, rec.url, (p) => p.waitForSelector('mfa-lifeline-panel[data-page]', { state: 'attached', timeout: 10_000 }));
    (res[`${builds[k]} rec`] ??= []).push(r.evaluate);
    (res[`${builds[k]} rec compile`] ??= []).push(r.compile);
    (res[`${builds[k]} rec run`] ??= []).push(r.run);
    (res[`${builds[k]} rec panel`] ??= []).push(r.panel);
  }
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(60), withCI(v, ms));
console.log('load', loadavg().map((x) => x.toFixed(2)).join(' '));
for (const b of ctx) await b.context.close();
