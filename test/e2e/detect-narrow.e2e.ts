/**
 * In a narrow window (a laptop split in two, a phone-sized window) there is no room beside AWS's
 * form: the panel must then sit below it, never over the code field or AWS's own troubleshoot
 * link, which the person needs most.
 */
import { expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { fixtureResolver, PAGES } from '../fixtures/pages.ts';
import { waitForHost } from './detect-helpers.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const env = useBrowser({}, fixtureResolver());

it.each([
  ['signin/mfa-code-2024-iam-en.html', '#mfaCode', 'Trouble signing in?'],
  ['signin/mfa-code-legacy-en.html', '#mfacode', 'Troubleshoot MFA'],
])('%s at 420 px wide: the panel covers neither the code field nor the troubleshoot link', async (file, input, link) => {
  const fixture = PAGES.find((p) => p.file === file)!;
  const page = await env.b.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(fixture.url);
  await waitForHost(page, 'mfa-code');
  const panel = page.locator('mfa-lifeline-panel section.panel');
  await panel.waitFor();
  // Placement follows the form on the detector's passes; give it one.
  await expect.poll(async () => {
    const p = (await panel.boundingBox())!;
    const i = (await page.locator(input).boundingBox())!;
    const l = (await page.getByRole('link', { name: link }).boundingBox())!;
    return !overlaps(p, i) && !overlaps(p, l);
  }).toBe(true);
  await page.close();
  expect(env.offline.refused).toEqual([]);
});
