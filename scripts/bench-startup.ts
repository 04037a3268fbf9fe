/**
 * What the content script costs a page when it arrives: the compile and the run of the injected
 * script at document_idle (one `EvaluateScript` of our file in the trace: V8's `v8.compile` and
 * `v8.run`), and everything else our script does on the main thread in the next second (the
 * panel's first render on a recognized page, the first periodic pass). Read from a Chromium
 * trace (categories devtools.timeline and v8, cheap enough not to distort the figure), in thread
 * time (CPU time of the page's main thread, which a loaded machine does not inflate) and in wall
 * time.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { TraceEvent } from './trace-event.ts';

/**
 * The floors of any content script (issue #14, item 3: a budget that follows the cost): the built
 * extension copied to the system's temp directory with its content script replaced by an empty
 * file (what the browser pays for injecting any file), or by one line that schedules work (the
 * first use of a window API in the isolated world is part of any real script). The directory name
 * says "empty": such a build shows no panel. Returns the copy's path.
 */
export const FLOOR_SCRIPTS = { empty: '', oneline: 'requestIdleCallback(() => { document.documentElement });\n' } as const;
export function floorBuild(dist: string, kind: keyof typeof FLOOR_SCRIPTS): string {
  const dir = join(tmpdir(), kind === 'empty' ? 'mfa-lifeline-floor-empty' : 'mfa-lifeline-floor-empty-oneline');
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  // The manifest's content script (crxjs keeps its source path, with .js).
  writeFileSync(join(dir, 'src/content/index.js'), FLOOR_SCRIPTS[kind]);
  return dir;
}

export interface Startup {
  /** Compile + top-level run of the manifest's content script, the detector (thread time). */
  evaluate: number;
  compile: number;
  run: number;
  /** The same in wall time. */
  evaluateWall: number;
  /** Our other main-thread work in the second after it (thread time), the panel's script included. */
  later: number;
  /**
   * Compile + run of the panel's script, which the worker injects after recognition (issue #14;
   * 0 where it was not injected, or for a build that has none), and its compile alone. Part of `later`.
   */
  panel: number;
  panelCompile: number;
  /** From the detector's start to the panel's script starting to evaluate (wall time; 0 if none). */
  panelAfter: number;
}


const scriptUrl = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
const ours = (e: TraceEvent) => scriptUrl(e).startsWith('chrome-extension://');

/** `ready` resolves once the script has run on the page (the bench knows how to tell, per page). */
export async function startupCost(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>): Promise<Startup> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute'] }, transferMode: 'ReportEvents' } as never);
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await complete;
    const mine = events.filter((e) => e.ph === 'X' && ours(e));
    const sum = (xs: TraceEvent[], k: 'tdur' | 'dur') => xs.reduce((a, e) => a + (e[k] ?? 0), 0) / 1000;
    // The manifest's content script is evaluated first; the panel's script (injected by the
    // worker, src/shared/panel-script.ts) is another EvaluateScript of ours, later.
    const scripts = mine.filter((e) => e.name === 'EvaluateScript');
    const panelScripts = scripts.filter((e) => scriptUrl(e).endsWith('/src/content/panel.js'));
    const evaluate = scripts.filter((e) => !panelScripts.includes(e));
    const inside = (outer: TraceEvent[], name: string) =>
      mine.filter((e) => e.name === name && outer.some((o) => o.tid === e.tid && e.ts >= o.ts && e.ts < o.ts + (o.dur ?? 0)));
    const start = evaluate[0]?.ts ?? 0;
    const end = start + (evaluate[0]?.dur ?? 0);
    // Top-level FunctionCall events only (they do not nest inside EvaluateScript), and the
    // microtask checkpoint right after each of them or after the script (promise reactions carry
    // no URL in the trace; the one that runs within 0.2 ms of our call's end is taken as ours).
    const calls = mine.filter((e) => e.name === 'FunctionCall' && e.ts >= end && e.ts < start + 1_000_000);
    const ends = [evaluate[0], ...calls].filter((e): e is TraceEvent => !!e).map((e) => ({ end: e.ts + (e.dur ?? 0), tid: e.tid }));
    const micro = events.filter((e) => e.ph === 'X' && e.name === 'RunMicrotasks' && ends.some((c) => c.tid === e.tid && e.ts >= c.end && e.ts - c.end < 200));
    const later = [...calls, ...micro, ...panelScripts.filter((e) => e.ts < start + 1_000_000)];
    return {
      evaluate: sum(evaluate, 'tdur'),
      compile: sum(inside(evaluate, 'v8.compile'), 'tdur'),
      run: sum(inside(evaluate, 'v8.run'), 'tdur'),
      evaluateWall: sum(evaluate, 'dur'),
      later: sum(later, 'tdur'),
      panel: sum(panelScripts, 'tdur'),
      panelCompile: sum(inside(panelScripts, 'v8.compile'), 'tdur'),
      panelAfter: panelScripts[0] ? (panelScripts[0].ts - start) / 1000 : 0,
    };
  } finally {
    await page.close();
  }
}
