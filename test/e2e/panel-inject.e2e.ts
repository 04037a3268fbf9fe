/**
 * Issue #14: the manifest's content script is the detector only; the worker injects the panel's
 * script (and its style sheet) into the detector's isolated world once a page is recognized.
 * - a page where nothing is recognized never gets the panel's script;
 * - neither script leaves anything the page's own world can see;
 * - a worker that is asleep (stopped through DevTools, as Chromium stops an idle one) still
 *   leads to a styled panel, and the time it takes is printed (measured, not asserted).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureResolver, PAGES } from '../fixtures/pages.ts';
import { PANEL_CSS_SLOT } from '../../src/shared/panel-script.ts';
import { useBrowser } from './use-browser.ts';
import { contentScriptStarted } from './content-started.ts';
import { waitForHost } from './detect-helpers.ts';
import { until } from './worker-helpers.ts';

const MFA = PAGES.find((p) => p.file === 'signin/mfa-code-2024-iam-en.html')!;
const PASSWORD = PAGES.find((p) => p.file === 'negative/password-step-2024-en.html')!;
const SLOT = '__mfaLifelineDetector';

interface Context {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** Evaluates an expression in the extension's isolated world of the page (over CDP: the page cannot). */
async function inIsolatedWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => void contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!world) throw new Error('no isolated world of the extension');
    const r = (await cdp.send('Runtime.evaluate', { contextId: world.id, expression, returnByValue: true })) as { result: { value?: unknown } };
    return r.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const pageSees = (page: Page) =>
  page.evaluate(([a, b]) => [typeof (window as never)[a!], typeof (window as never)[b!], Object.keys(window).filter((k) => /lifeline/i.test(k))], [SLOT, PANEL_CSS_SLOT] as const);

describe('the panel injected by the worker', () => {
  const env = useBrowser({}, fixtureResolver());

  it('is not injected where nothing is recognized, and the page sees neither script', async () => {
    const page = await env.b.context.newPage();
    await page.goto(PASSWORD.url);
    await contentScriptStarted(page);
    await page.waitForTimeout(600);
    expect(await inIsolatedWorld(page, `typeof globalThis.${SLOT}`)).toBe('object');
    expect(await inIsolatedWorld(page, `typeof globalThis.${PANEL_CSS_SLOT}`)).toBe('undefined');
    expect(await pageSees(page)).toEqual(['undefined', 'undefined', []]);
    await page.close();
  });

  it('is injected once on recognition, styled, and still invisible to the page', async () => {
    const page = await env.b.context.newPage();
    await page.goto(MFA.url);
    await waitForHost(page, 'mfa-code');
    await page.waitForFunction(() => !!document.querySelector('mfa-lifeline-panel')?.shadowRoot?.querySelector('section.panel h2'));
    expect(await inIsolatedWorld(page, `typeof globalThis.${PANEL_CSS_SLOT}`)).toBe('string');
    // The style sheet arrived with it: the panel is positioned by it, not laid out in the page's flow.
    const position = await page.evaluate(() => getComputedStyle(document.querySelector('mfa-lifeline-panel')!.shadowRoot!.querySelector('section.panel')!).position);
    expect(position).toBe('absolute');
    expect(await pageSees(page)).toEqual(['undefined', 'undefined', []]);
    // Leaving and coming back uses the panel already there (no second injection: one host, same world).
    await page.evaluate(() => document.querySelector('main, form')!.replaceChildren());
    await page.waitForFunction(() => !document.querySelector('mfa-lifeline-panel'), null, { timeout: 2000 });
    expect(env.offline.refused).toEqual([]);
    await page.close();
  });

  it('reaches a panel when the worker was asleep; prints how long the first panel took, cold and warm', async () => {
    const { context, extensionId } = env.b;
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    let running = 'unknown';
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      const mine = (e as { versions: { scriptURL: string; runningStatus: string }[] }).versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (mine.length) running = mine.at(-1)!.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    const firstPanel = async () => {
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(MFA.url);
      await page.waitForFunction(() => !!document.querySelector('mfa-lifeline-panel')?.shadowRoot?.querySelector('section.panel h2'), null, { timeout: 15_000 });
      const ms = Date.now() - t0;
      await page.close();
      return ms;
    };
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(() => Promise.resolve(running), (v) => v === 'stopped', 'the worker to stop');
      cold.push(await firstPanel());
      warm.push(await firstPanel());
    }
    console.log(`navigation → panel drawn: worker asleep ${cold.join(', ')} ms; worker running ${warm.join(', ')} ms`);
    expect(cold).toHaveLength(3);
    await blank.close();
  });
});
