/**
 * `npm run screenshots`: the panel and the popup at 1280 and 400 px wide, in English and
 * Japanese, from the fixture pages (served at their real AWS URLs, nothing leaves the browser),
 * into docs/screenshots/. Japanese needs a CJK font: when none is installed, Debian's
 * fonts-noto-cjk is installed with apt-get (as root), the way the e2e command installs Chromium.
 * `npm test` never depends on fonts; only this script does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, ROOT, extensionUrl } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';
import { fixtureResolver, PAGES } from '../test/fixtures/pages.ts';
import { importSeed } from '../test/e2e/popup-helpers.ts';

const OUT = join(ROOT, 'docs/screenshots');
const WIDTHS = [1280, 400];
const HEIGHT = 800;
const PANEL_FIXTURE = { en: 'signin/mfa-code-2024-iam-en.html', ja: 'signin/mfa-code-2024-ja.html' } as const;

function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

function ensureCjkFont(): void {
  if (hasCjkFont()) return;
  if (process.getuid?.() !== 0) {
    console.warn('No CJK font and not root: install fonts-noto-cjk (sudo apt-get install fonts-noto-cjk) for readable Japanese screenshots.');
    return;
  }
  process.stdout.write('Installing fonts-noto-cjk for the Japanese screenshots…\n');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  spawnSync('fc-cache', ['-f'], { stdio: 'inherit' });
}

async function panelShot(page: Page, lang: 'en' | 'ja', width: number): Promise<void> {
  const fixture = PAGES.find((p) => p.file === PANEL_FIXTURE[lang])!;
  await page.setViewportSize({ width, height: HEIGHT });
  await page.goto(fixture.url);
  const host = page.locator('mfa-lifeline-panel');
  await host.locator('section.panel').waitFor({ state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(600);
  // In a narrow window the panel docks as a bar; the picture shows it opened, as a user sees it after one click.
  const mode = await host.evaluate((h) => h.shadowRoot?.querySelector('.shell')?.getAttribute('data-mode'));
  if (mode === 'dock') {
    await host.locator('.dock button').click();
    await page.waitForTimeout(300);
  }
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT, `panel-${lang}-${width}.png`) });
}

async function popupShot(page: Page, extensionId: string, lang: 'en' | 'ja', width: number): Promise<void> {
  await page.setViewportSize({ width, height: HEIGHT });
  await page.goto(extensionUrl(extensionId, 'src/popup/index.html#/'));
  await page.locator('header h1').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `popup-${lang}-${width}.png`) });
}

async function main(): Promise<void> {
  ensureCjkFont();
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'ja'] as const) {
    const b = await launch({ lang });
    try {
      await goOffline(b.context, fixtureResolver());
      await importSeed(b.context, b.extensionId, lang);
      const page = await b.context.newPage();
      for (const width of WIDTHS) {
        await panelShot(page, lang, width);
        await popupShot(page, b.extensionId, lang, width);
      }
    } finally {
      await b.context.close();
    }
  }
  process.stdout.write(`Screenshots written to ${OUT}\n`);
}

await main();
