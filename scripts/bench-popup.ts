/**
 * Popup first text: the time from navigation until the popup's first screen drawn from stored
 * data has been painted, against a static page of the same extension with one line of text, in
 * the same browser and run (issue #14). Both pages are measured the same way: an init script
 * notices the first element inside <main> that is not the loading line, waits for the next
 * animation frame (the frame that paints it) and records the time of the task after it, from the
 * navigation's time origin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionUrl } from '../test/harness/launch.ts';

/** Written into the dist/ under test for the run only, never part of the build. */
export const BLANK_FILE = 'bench-blank.html';
export const BLANK_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MFA Lifeline</title></head><body><main><p>A blank page of the extension.</p></main></body></html>';
/**
 * The floor of any page that draws with a script (extension pages allow no inline script): the
 * same line, appended by a one-line module script in a file of its own. Not a goal, a reading
 * aid: what the popup costs beyond it is what its code, its store read and its render cost.
 */
export const SCRIPTED_FILE = 'bench-scripted.html';
const SCRIPTED_JS = 'bench-scripted.js';
const SCRIPTED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MFA Lifeline</title><script type="module" src="/${SCRIPTED_JS}"></script></head><body><main></main></body></html>`;
const SCRIPTED_CODE = 'const p = document.createElement("p"); p.textContent = "A scripted page of the extension."; document.querySelector("main").append(p);';
/**
 * The same floor with a classic script at the end of <body> (no module loading at all): whether a
 * popup built as one classic script could start sooner than the module floor.
 */
export const CLASSIC_FILE = 'bench-classic.html';
const CLASSIC_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>MFA Lifeline</title></head><body><main></main><script src="/${SCRIPTED_JS}"></script></body></html>`;

// A string, not a function: tsx would wrap its named inner functions in a helper the page lacks.
const PAINTED = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  window.__firstText = new Promise((resolve) => {
    const found = () => document.querySelector('main > :not(.muted)');
    const obs = new MutationObserver(() => {
      if (!found()) return;
      obs.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      });
    });
    obs.observe(document, { childList: true, subtree: true });
  });
})()`;

async function firstText(context: BrowserContext, url: string): Promise<number> {
  const page: Page = await context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript({ content: PAINTED });
    await page.goto(url);
    return (await page.evaluate('window.__firstText')) as number;
  } finally {
    await page.close();
  }
}

/** Interleaved: blank, popup, scripted, classic, blank, popup, scripted, classic… */
export async function popupVsBlank(
  context: BrowserContext,
  extensionId: string,
  samples: number,
): Promise<{ blank: number[]; popup: number[]; scripted: number[]; classic: number[] }> {
  const pages = { blank: BLANK_FILE, popup: 'src/popup/index.html', scripted: SCRIPTED_FILE, classic: CLASSIC_FILE };
  const out = { blank: [] as number[], popup: [] as number[], scripted: [] as number[], classic: [] as number[] };
  // One unmeasured visit each: the first load of an extension page pays for process start-up.
  for (const file of Object.values(pages)) await firstText(context, extensionUrl(extensionId, file));
  for (let i = 0; i < samples; i++) {
    for (const [k, file] of Object.entries(pages) as [keyof typeof pages, string][]) out[k].push(await firstText(context, extensionUrl(extensionId, file)));
  }
  return out;
}

/**
 * Export files of at most 200 accounts, imported through the popup's own settings page: the file
 * chosen, the preview's Import pressed, the outcome awaited (choosing the file alone writes nothing).
 */
export async function seedAccounts(context: BrowserContext, extensionId: string, total: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mfa-bench-seed-'));
  try {
    const now = new Date().toISOString();
    for (let start = 0; start < total; start += 200) {
      const n = Math.min(200, total - start);
      const accounts = Array.from({ length: n }, (_, j) => {
        const i = start + j;
        return {
          key: `bench-${i}`,
          label: `Account ${i + 1}`,
          accountId: String(100000000000 + i),
          rootEmail: `root+${i}@example.com`,
          phoneE164: `+8190${String(10000000 + i).slice(-8)}`,
          phoneCountry: 'JP',
          mfaDevices: [{ id: 'd1', kind: 'authenticator-app', where: 'Phone' }],
          createdAt: now,
          updatedAt: now,
        };
      });
      const file = {
        format: 'mfa-lifeline-export',
        version: 1,
        exportedAt: now,
        data: {
          accounts,
          prevention: [],
          cases: [],
          progress: [],
          drills: [],
          settings: { lang: 'en', reminders: { chosen: true, phoneVerifyEvery: 90, drillEvery: 180, documentsFollowUp: true, objectionEmail: true } },
          reminderLogs: [],
        },
      };
      const path = join(dir, `seed-${start}.json`);
      writeFileSync(path, JSON.stringify(file));
      const page = await context.newPage();
      await page.goto(extensionUrl(extensionId, 'src/popup/index.html#/settings'));
      await page.locator('input[type="file"]').setInputFiles(path);
      // The import shows a preview first and writes only when its Import button is pressed.
      await page.locator('.import-preview button.primary').click({ timeout: 20_000 });
      await page.locator('.notice.ok[role=status]').waitFor({ timeout: 20_000 });
      await page.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the blank and the scripted page into `dist` for the run; returns what removes them. */
export function writeBlank(dist: string): () => void {
  const files: [string, string][] = [
    [BLANK_FILE, BLANK_HTML],
    [SCRIPTED_FILE, SCRIPTED_HTML],
    [CLASSIC_FILE, CLASSIC_HTML],
    [SCRIPTED_JS, SCRIPTED_CODE],
  ];
  for (const [name, text] of files) writeFileSync(join(dist, name), text);
  return () => {
    for (const [name] of files) rmSync(join(dist, name), { force: true });
  };
}
