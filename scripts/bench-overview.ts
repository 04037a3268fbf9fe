/**
 * The overview at scale, measured in Chromium on the built extension (issue #13, item 5). Goals,
 * measured here and never asserted in tests:
 *   - import of 1,000 accounts from the Organizations JSON: at most 1 s from pressing Import to
 *     the rows shown;
 *   - the overview's first render at most 200 ms; a sort or a filter at most 50 ms;
 *   - the popup's first screen with 1,000 accounts no slower than with one.
 * Run: `npm run build && tsx scripts/bench-overview.ts` (BENCH_ACCOUNTS, BENCH_RUNS, BENCH_IMPORTS
 * to change the size and the repetitions; BENCH_DIST to measure another build). Needs an account
 * cap of at least BENCH_ACCOUNTS (limits.ts). Exports `benchOverview()` for `npm run bench`.
 *
 * First renders are measured each in a new tab (as scripts/bench-popup.ts does), interleaved with
 * the same measure of a blank page of the same extension (one line of text), so the figure can
 * be read against what any extension page costs on the machine at that moment.
 *
 * Offline without request interception (OFFLINE_ARGS): goOffline()'s Playwright route makes the
 * browser hand every request, the extension's own files too, to this process and wait for its
 * answer. The blank page fetches nothing, the overview four files (boot script, screen, runtime,
 * style sheet), so the route measured this process's answers as part of the overview's first
 * render (a probe: boot script 14 ms after the document was parsed without it, 32 ms with it).
 * No user has that. BENCH_ROUTE=1 measures the old way, for comparing with earlier figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST as DEFAULT_DIST, extensionUrl, launch, type Launched } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { orgFile } from '../test/unit/import-fixtures.ts';
import { BLANK_FILE, writeBlank } from './bench-popup.ts';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Imports timed, each into a fresh profile. */
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 5);
/** Another build to measure (`npm run bench` passes its own; a copy of main's dist/ for "before" figures). */
const DIST = process.env.BENCH_DIST;

/**
 * Nothing leaves the browser: every host name fails to resolve, and any connection would go to a
 * proxy that is not there. Unlike a route, neither makes the browser wait for this process.
 */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=<-loopback>'];
const ROUTE = process.env.BENCH_ROUTE === '1';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const FIRST_RENDER_SEEN = 'mfa-bench:first-render';

/** Records, from navigation start, when the first row of the accounts table (or the popup's first view) is in the DOM. */
const FIRST_RENDER_PROBE = ([selector, FIRST_RENDER_SEEN]: [string, string]) => {
  const w = window as unknown as { __firstRender?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector(selector)) {
      w.__firstRender = performance.now();
      obs.disconnect();
      // Said on the console, which the bench hears without evaluating anything in the page.
      console.debug(FIRST_RENDER_SEEN);
    }
  }).observe(document, { childList: true, subtree: true });
};

/** One load in a new tab: navigation start -> `selector` in the DOM, and the renderer's busy time meanwhile. */
async function firstRender(context: BrowserContext, url: string, selector: string): Promise<{ wall: number; busy: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(FIRST_RENDER_PROBE, [selector, FIRST_RENDER_SEEN] as [string, string]);
    const r = await busyMs(page, async () => {
      // Waiting with waitForFunction made Playwright evaluate its injected script in the page
      // while the page was still starting (after "load", before its first row): 35-150 ms of
      // the page's main thread in a trace, counted as the page's own. The probe's console
      // message is heard without touching the page; only then is the time read.
      const seen = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_RENDER_SEEN, timeout: 30_000 });
      await page.goto(url);
      await seen;
      return page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
    });
    return { wall: r.value, busy: r.busy };
  } finally {
    await page.close();
  }
}

/** Presses the preview's Import button in the page and times until the table shows every row. */
async function importAndShow(page: Page, expected: string): Promise<number> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate(`(async () => {
    const text = ${JSON.stringify(expected)};
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent && b.textContent.startsWith('Import'));
    if (!button) throw new Error('no Import button');
    const t0 = performance.now();
    button.click();
    await new Promise((res) => {
      (function check() {
        const status = document.querySelector('.filters [role=status]');
        if (status && status.textContent === text && document.querySelector('table.accounts tbody tr:not(.spacer)')) res();
        else requestAnimationFrame(check);
      })();
    });
    // Until the frame with the rows has been drawn.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  })()`);
}

/** Runs `act` in the page and times until the next frame after it was drawn. */
async function timeInPage(page: Page, act: string): Promise<number> {
  return page.evaluate(async (code) => {
    const t0 = performance.now();
    new Function(code)();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, act);
}

const SORT_BY = (label: string) => `[...document.querySelectorAll('button.sort')].find((b) => b.textContent.startsWith(${JSON.stringify(label)})).click()`;
const TYPE = (text: string) =>
  `const i = document.querySelector('#ov-search'); i.value = ${JSON.stringify(text)}; i.dispatchEvent(new Event('input', { bubbles: true }));`;
const LEVEL = (value: string) => `const s = document.querySelector('#ov-level'); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change', { bubbles: true }));`;

async function seeded(n: number): Promise<{ b: Launched; importMs: number; importBusyMs: number }> {
  const b = await launch({ ...(DIST ? { dist: DIST } : {}), ...(ROUTE ? {} : { extraArgs: OFFLINE_ARGS }) });
  if (ROUTE) await goOffline(b.context);
  const dir = mkdtempSync(join(tmpdir(), 'mfa-bench-'));
  const path = join(dir, 'accounts.json');
  writeFileSync(path, orgFile(n));
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b.extensionId, 'src/overview/index.html'));
  await page.locator('#ov-import-file').setInputFiles(path);
  await page.locator('.import-preview button.primary').waitFor({ timeout: 30_000 });
  const { value: importMs, busy: importBusyMs } = await busyMs(page, () => importAndShow(page, `Showing ${n} of ${n} accounts.`));
  await page.close();
  return { b, importMs, importBusyMs };
}

export interface OverviewBench {
  accounts: number;
  /** Median over IMPORTS fresh profiles, and every run. */
  importMs: number;
  importBusyMs: number;
  importRuns: number[];
  sortMs: number;
  sortBusyMs: number;
  filterMs: number;
  filterBusyMs: number;
  /** Navigation start -> first row, each load in a new tab; and the blank extension page, interleaved. */
  firstRenderMs: number;
  blankMs: number;
  /** Median of the per-load ratios overview / blank (paired, as bench.ts does for the popup). */
  firstRenderRatio: number;
  popupOneMs: number;
  popupManyMs: number;
  popupBlankMs: number;
  /** Median of the per-round ratios 1,000 accounts / 1 account. */
  popupRatio: number;
  /** A fixed 10-million-step loop in the page, to read the figures against the machine's load (about 10 ms on an idle desktop). */
  calibrationMs: number;
}

/**
 * Main-thread busy time of the page's renderer (CDP TaskDuration) spent while `run` runs. On a
 * machine shared with other work, wall-clock times mostly measure waiting for a CPU; this is
 * the work itself, which is what an idle machine would take.
 */
async function busyMs<T>(page: Page, run: () => Promise<T>): Promise<{ value: T; busy: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await task();
  const value = await run();
  const busy = (await task()) - before;
  await cdp.detach();
  return { value, busy };
}

/** The same CPU work every run: how busy the machine was while measuring. */
async function calibrate(page: Page): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate('(() => { const t0 = performance.now(); let s = 0; for (let i = 0; i < 1e7; i++) s += i % 7; return performance.now() - t0 + (s < 0 ? 1 : 0); })()'));
  return median(runs);
}

export async function benchOverview(): Promise<OverviewBench> {
  const imports: { ms: number; busy: number }[] = [];
  for (let i = 1; i < IMPORTS; i++) {
    const r = await seeded(ACCOUNTS);
    imports.push({ ms: r.importMs, busy: r.importBusyMs });
    await r.b.context.close();
  }
  const many = await seeded(ACCOUNTS);
  imports.push({ ms: many.importMs, busy: many.importBusyMs });
  const one = await seeded(1);
  const removeBlank = writeBlank(DIST ?? DEFAULT_DIST);
  try {
    const ext = (b: Launched, path: string) => extensionUrl(b.extensionId, path);
    const BLANK_TEXT = 'main p';
    const ROW = 'table.accounts tbody tr:not(.spacer)';
    // The popup's first view: the account list, or the summary above a handful of accounts.
    const POPUP_VIEW = '#app main h2 + *';
    // One unmeasured visit each: the first load of an extension page pays for process start-up.
    await firstRender(many.b.context, ext(many.b, BLANK_FILE), BLANK_TEXT);
    await firstRender(many.b.context, ext(many.b, 'src/overview/index.html'), ROW);
    const renders: number[] = [];
    const blanks: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      blanks.push((await firstRender(many.b.context, ext(many.b, BLANK_FILE), BLANK_TEXT)).wall);
      renders.push((await firstRender(many.b.context, ext(many.b, 'src/overview/index.html'), ROW)).wall);
    }

    const page = await many.b.context.newPage();
    await page.goto(ext(many.b, 'src/overview/index.html'));
    await page.locator('.filters [role=status]').waitFor();
    const sorts: number[] = [];
    const sortsBusy: number[] = [];
    const timed = async (code: string, wall: number[], busy: number[]) => {
      const r = await busyMs(page, () => timeInPage(page, code));
      wall.push(r.value);
      busy.push(r.busy);
    };
    for (const label of ['Account ID', 'Name', 'Readiness', 'Root e-mail', 'Readiness']) {
      await timed(SORT_BY(label), sorts, sortsBusy);
      await timed(SORT_BY(label), sorts, sortsBusy);
    }
    const filters: number[] = [];
    const filtersBusy: number[] = [];
    for (const text of ['2000000001', 'account 2000000005', 'example.com', '']) await timed(TYPE(text), filters, filtersBusy);
    for (const level of ['at-risk', 'inactive', '']) await timed(LEVEL(level), filters, filtersBusy);
    const calibrationMs = await calibrate(page);
    await page.close();

    // One browser with 1 account, another with 1,000: loaded in turn (one unmeasured visit each
    // first), so the two are measured over the same minutes, as the overview and its blank page are.
    const POPUP = 'src/popup/index.html';
    await firstRender(one.b.context, ext(one.b, POPUP), POPUP_VIEW);
    await firstRender(many.b.context, ext(many.b, POPUP), POPUP_VIEW);
    const popupBlank: number[] = [];
    const popupOne: number[] = [];
    const popupMany: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      popupBlank.push((await firstRender(one.b.context, ext(one.b, BLANK_FILE), BLANK_TEXT)).wall);
      popupOne.push((await firstRender(one.b.context, ext(one.b, POPUP), POPUP_VIEW)).wall);
      popupMany.push((await firstRender(many.b.context, ext(many.b, POPUP), POPUP_VIEW)).wall);
    }
    const popupOneMs = median(popupOne);
    const popupManyMs = median(popupMany);
    return {
      accounts: ACCOUNTS,
      importMs: median(imports.map((x) => x.ms)),
      importBusyMs: median(imports.map((x) => x.busy)),
      importRuns: imports.map((x) => x.ms),
      sortMs: median(sorts),
      sortBusyMs: median(sortsBusy),
      filterMs: median(filters),
      filterBusyMs: median(filtersBusy),
      firstRenderMs: median(renders),
      blankMs: median(blanks),
      firstRenderRatio: median(renders.map((r, i) => r / blanks[i]!)),
      popupOneMs,
      popupManyMs,
      popupBlankMs: median(popupBlank),
      popupRatio: median(popupMany.map((m, i) => m / popupOne[i]!)),
      calibrationMs,
    };
  } finally {
    removeBlank();
    await many.b.context.close();
    await one.b.context.close();
  }
}

export function printOverviewBench(r: OverviewBench): void {
  console.log(`\nOverview at ${r.accounts.toLocaleString('en')} accounts (Chromium, built extension ${DIST ?? 'dist/'}, offline ${ROUTE ? 'by request interception (BENCH_ROUTE=1)' : 'by host resolver and proxy'}; medians):`);
  console.log(`  Import from Organizations JSON, Import pressed -> rows shown: ${ms(r.importMs)} wall, ${ms(r.importBusyMs)} page main-thread busy, ${r.importRuns.length} fresh profiles (${r.importRuns.map((x) => x.toFixed(0)).join(', ')} ms)   (goal <= 1000 ms)`);
  console.log(`  Overview first render (navigation start -> first row in the DOM, new tab each, ${RUNS} loads): ${ms(r.firstRenderMs)}; a blank page of the extension ${ms(r.blankMs)}, paired ratio ${r.firstRenderRatio.toFixed(2)}x   (goal <= 200 ms)`);
  console.log(`  Sort (click -> next frame drawn): ${ms(r.sortMs)} wall, ${ms(r.sortBusyMs)} busy   (goal <= 50 ms)`);
  console.log(`  Filter (input -> next frame drawn): ${ms(r.filterMs)} wall, ${ms(r.filterBusyMs)} busy   (goal <= 50 ms)`);
  console.log(`  Machine load: a 10-million-step loop took ${ms(r.calibrationMs)} in the page (about 10 ms on an idle desktop); figures above scale with it.`);
  console.log(`  Popup first screen (navigation start -> first view in the DOM, new tab each): 1 account ${ms(r.popupOneMs)}, ${r.accounts.toLocaleString('en')} accounts ${ms(r.popupManyMs)}; blank page ${ms(r.popupBlankMs)}; loaded in turn, paired ratio ${r.popupRatio.toFixed(2)}x   (goal: no slower with ${r.accounts.toLocaleString('en')})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchOverview()
    .then(printOverviewBench)
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
