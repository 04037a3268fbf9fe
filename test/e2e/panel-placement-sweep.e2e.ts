/**
 * The panel never covers a control of the page (issue #11 item 1): every fixture that shows a
 * panel, at 360, 800, 1024, 1280 and 1920 px wide; each visible input, button, select, textarea
 * and link is scrolled into view and its centre and four points just inside its corners are hit
 * with document.elementFromPoint. A point may land on the control (or inside it), or on something
 * of the page's own (a modal dialog over the code step), never on our host.
 *
 * Each fixture is loaded once and resized in place, so the sweep stays short.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './use-browser.ts';
import { fixtureResolver, PAGES, STYLED_PAGES } from '../fixtures/pages.ts';
import { HOST, waitForHost } from './detect-helpers.ts';

const WIDTHS = [360, 800, 1024, 1280, 1920];
const HEIGHT = 800;

interface Miss {
  control: string;
  point: string;
}
interface SweepResult {
  controls: number;
  covered: Miss[];
  /** How the panel showed at the end (float or dock). */
  mode: string;
}

/**
 * Runs in the page: scrolls each control into view, lets the panel re-place itself (two frames:
 * the scroll event's frame, then layout), and hit-tests five points of it.
 */
function sweep(page: Page): Promise<SweepResult> {
  return page.evaluate(async (tag): Promise<SweepResult> => {
    type Miss = { control: string; point: string };
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const sel = 'input:not([type="hidden"]), button, select, textarea, a[href]';
    const controls = Array.from(document.querySelectorAll<HTMLElement>(sel)).filter(
      (el) => !el.closest(tag) && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0,
    );
    const covered: Miss[] = [];
    const name = (el: Element) =>
      `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of controls) {
      const before = `${scrollX},${scrollY}`;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      // Only a scroll moves things: then the panel gets its frame to re-place itself, and layout one more.
      if (`${scrollX},${scrollY}` !== before) {
        await frame();
        await frame();
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const ix = Math.min(2, r.width / 4);
      const iy = Math.min(2, r.height / 4);
      const points: [string, number, number][] = [
        ['centre', r.left + r.width / 2, r.top + r.height / 2],
        ['top-left', r.left + ix, r.top + iy],
        ['top-right', r.right - ix, r.top + iy],
        ['bottom-left', r.left + ix, r.bottom - iy],
        ['bottom-right', r.right - ix, r.bottom - iy],
      ];
      for (const [label, x, y] of points) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.localName === tag) covered.push({ control: name(el), point: label });
      }
    }
    scrollTo(0, 0);
    const mode = document.querySelector(tag)?.shadowRoot?.querySelector('.shell')?.getAttribute('data-mode') ?? '?';
    return { controls: controls.length, covered, mode };
  }, HOST);
}

const env = useBrowser({}, fixtureResolver());
// Every fixture that shows a panel, as written (unstyled: a changed AWS page) and styled like AWS's card.
const SHOWN = [...PAGES.filter((p) => p.expectedPage), ...STYLED_PAGES];

it(`no control under the panel: ${SHOWN.length} fixtures × ${WIDTHS.length} widths`, { timeout: 300_000 }, async () => {
  const started = Date.now();
  const page = await env.b.context.newPage();
  const report: string[] = [];
  let combos = 0;
  let checked = 0;
  let covered = 0;
  const modes: Record<string, number> = {};
  for (const fixture of SHOWN) {
    await page.setViewportSize({ width: 1280, height: HEIGHT });
    await page.goto(fixture.url);
    await waitForHost(page, fixture.expectedPage!, 10_000);
    await page.locator(`${HOST} section.panel, ${HOST} .dock`).first().waitFor({ state: 'attached', timeout: 10_000 });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      // Placement follows the resize within a frame or two; wait for two frames after it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
      const r = await sweep(page);
      combos++;
      checked += r.controls;
      covered += r.covered.length;
      modes[r.mode] = (modes[r.mode] ?? 0) + 1;
      if (r.covered.length) report.push(`${fixture.file}${fixture.styled ? ' [styled]' : ''} (${fixture.url.slice(0, 60)}) @${width}: ${r.covered.map((m) => `${m.control} ${m.point}`).join('; ')}`);
    }
  }
  await page.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`placement sweep: ${combos} fixture×width combinations, ${checked} controls checked, ${covered} covered points, ${seconds} s; modes ${JSON.stringify(modes)}\n${report.join('\n')}`);
  expect(report).toEqual([]);
  expect(env.offline.refused).toEqual([]);
});
