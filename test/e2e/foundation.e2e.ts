import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launch, extensionUrl, ROOT, type Launched } from '../harness/launch.ts';
import { goOffline, readFixture, type Offline } from '../harness/offline.ts';

describe('the built extension in Chromium', () => {
  let b: Launched;
  let offline: Offline;
  beforeAll(async () => {
    b = await launch();
    offline = await goOffline(b.context);
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('starts its service worker from the built manifest', async () => {
    expect(b.worker.url()).toBe(extensionUrl(b.extensionId, 'service-worker-loader.js'));
    const manifest = await b.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('renders the popup without console errors', async () => {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(extensionUrl(b.extensionId, 'src/popup/index.html'));
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the content script on a page served at a real AWS sign-in URL, with no request leaving', async () => {
    offline.serve('https://signin.aws.amazon.com/signin?smoke=1', readFixture(join(ROOT, 'test/fixtures/smoke/plain-signin.html')));
    const page = await b.context.newPage();
    await page.goto('https://signin.aws.amazon.com/signin?smoke=1');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-mfa-lifeline'), null, { timeout: 5000 });
    await page.close();
    expect(offline.refused).toEqual([]);
  });
});
