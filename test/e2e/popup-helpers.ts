/** Helpers for the popup and kit end-to-end tests: built strings, page URLs, keyboard walking, axe. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      // Focus falls back to <body> when a re-render removes the focused control; the body's
      // text contains everything, so it must never count as having reached a control.
      if (!el || el === document.body || el === document.documentElement) return '';
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

/** A complete export file to seed a profile through the popup's own import. */
export function seedFile(): { path: string; key: string } {
  const key = 'seed-account';
  const now = new Date();
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  const file = {
    format: 'mfa-lifeline-export',
    version: 1,
    exportedAt: iso(0),
    data: {
      accounts: [{
        key, label: 'Shop production', accountId: '111122223333', rootEmail: 'aws-root@example.com', phoneE164: '+819012345678', phoneCountry: 'JP',
        orgMember: false, mfaDevices: [{ id: 'd1', kind: 'authenticator-app', where: 'Old iPhone (lost)' }, { id: 'd2', kind: 'security-key', where: 'Home safe' }],
        phoneVerifiedAt: iso(200), createdAt: iso(300), updatedAt: iso(200),
      }],
      prevention: [{ accountKey: key, done: { 'alternate-contact': iso(100) } }],
      cases: [{ id: 'case-1', accountKey: key, path: 'support-documents', startedAt: iso(5), steps: { 'support-form': iso(5) }, documentsSentAt: iso(1), supportCaseId: '9876543210' }],
      progress: [{ id: 'p1', at: iso(5), source: 'signin-page', page: 'mfa-code', step: 'reached-mfa-code', accountKey: key }],
      drills: [{ id: 'r1', accountKey: key, at: iso(30), passed: true, driftSeconds: 2 }],
      settings: { lang: 'auto', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } },
      reminderLogs: [],
    },
  };
  const path = join(mkdtempSync(join(tmpdir(), 'mfa-seed-')), 'seed.json');
  writeFileSync(path, JSON.stringify(file));
  return { path, key };
}

/** Imports the seed through the settings page (the same path a user takes). */
export async function importSeed(context: BrowserContext, extensionId: string, lang: 'en' | 'ja'): Promise<string> {
  const { path, key } = seedFile();
  const page = await openPopup(context, extensionId, '#/settings');
  await page.getByLabel(msg(lang, 'popupImport')).setInputFiles(path);
  // The import shows its preview first and writes only when its Import button is pressed. A
  // retried test finds the seed already there (updated, since its dates are relative to now,
  // or unchanged): the button then names other counts, or the preview offers none.
  const prefix = msg(lang, 'importConfirm', ['\u0000', '\u0000']).split('\u0000')[0]!;
  const confirm = page.getByRole('button').filter({ hasText: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  const already = page.getByText(msg(lang, 'importNothingToDo'));
  await confirm.or(already).first().waitFor();
  if (await confirm.count()) {
    await confirm.click();
    await page.getByText(msg(lang, 'popupImported', ['1', '1'])).waitFor();
  }
  await page.close();
  return key;
}
