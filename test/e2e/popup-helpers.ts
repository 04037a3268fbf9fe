/** Helpers for the popup and kit end-to-end tests: built strings, page URLs, keyboard walking, axe. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, extensionUrl } from '../harness/launch.ts';
import { formatMessage } from '../../src/shared/i18n-format.ts';
import type { Messages } from '../../src/shared/locale-merge.ts';

const tables: Record<string, Messages> = {};

/** A message as the built extension shows it (so tests follow the strings, not copies of them). */
export function msg(lang: 'en' | 'ja', key: string, subs: string[] = []): string {
  tables[lang] ??= JSON.parse(readFileSync(join(DIST, `_locales/${lang}/messages.json`), 'utf8')) as Messages;
  const entry = tables[lang]![key];
  if (!entry) throw new Error(`no message ${key}`);
  return formatMessage(entry, subs);
}

export async function openPopup(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(extensionUrl(extensionId, `src/popup/index.html${hash}`));
  await page.locator('header h1').waitFor();
  return page;
}

/**
 * Presses Tab until the focused element's accessible text matches, as a keyboard-only user would
 * (fails when it is not reachable within `max` presses).
 */
export async function tabTo(page: Page, matches: (text: string) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? labelled ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
    });
    if (matches(text)) return;
  }
  throw new Error('not reachable by Tab');
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns the serious and critical violations (ids and targets). */
export async function seriousViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  // evaluate() is not subject to the extension page's CSP, unlike an injected <script>.
  await page.evaluate(AXE);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
