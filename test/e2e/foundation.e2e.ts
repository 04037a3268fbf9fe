/**
 * The built extension starts in the browser under test (Chromium or Firefox, see
 * test/e2e/harness/): its background answers, the popup renders without errors, and the
 * content script runs on a page served at a real AWS sign-in URL with no request leaving.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../harness/launch.ts';
import { readFixture } from '../harness/offline.ts';
import { useE2E, waitForContentScript } from './harness/index.ts';

describe('the built extension', () => {
  const e = useE2E();

  it('runs from the built manifest, with nothing web-accessible, and its background answers', async () => {
    const manifest = await e.b.extension(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    await expect(e.b.extension(() => chrome.runtime.sendMessage({ type: 'ui→bg/state:changed', payload: {} }))).resolves.toEqual({ ok: true });
  });

  it('renders the popup without errors', async () => {
    const page = await e.b.openExtensionPage('src/popup/index.html');
    await page.waitFor(() => !!document.querySelector('h1')?.textContent);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('runs the content script on a page served at a real AWS sign-in URL, with no request leaving', async () => {
    e.b.serve('https://signin.aws.amazon.com/signin?smoke=1', readFixture(join(ROOT, 'test/fixtures/smoke/plain-signin.html')));
    const page = await e.b.newPage('https://signin.aws.amazon.com/signin?smoke=1');
    await waitForContentScript(page);
    await page.close();
    expect(e.b.refused).toEqual([]);
  });
});
