/**
 * When the extension is reloaded or updated, the copy of the content script left in an open tab
 * is orphaned: its panel turns into a "reload this page" note (issue #9: never a panel vanishing
 * mid-recovery; update-orphan.e2e.ts reads the note), and nothing may keep following the page or
 * throw "Extension context invalidated" through an SPA's step change. (The script's own check of
 * runtime.id is tested in test/dom/assistant.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched } from '../harness/launch.ts';
import { fixtureResolver } from '../fixtures/pages.ts';
import { hosts, waitForHost } from './detect-helpers.ts';
import { launchChromium } from './harness/index.ts';

const START = 'https://signin.aws.amazon.com/oauth?client_id=spa&step=mfa';

describe('an extension reload', () => {
  let b: Launched;
  beforeAll(async () => {
    ({ launched: b } = await launchChromium({ resolver: fixtureResolver([{ file: 'spa/signin-swap.html', url: START, expectedPage: 'mfa-code', lang: 'en', note: 'starts on the MFA step' }]) }));
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('makes the orphaned content script leave a note, stop following the page, and throw nothing', async () => {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(START);
    await waitForHost(page, 'mfa-code');
    await b.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.locator('mfa-lifeline-panel [data-orphan]').waitFor({ timeout: 5000 });
    await page.evaluate(() => (window as unknown as { __spa: { go(s: string): void } }).__spa.go('troubleshoot'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1200)));
    // Still the one orphaned host, for the step it was on: the new step gets no panel of its own.
    expect(await hosts(page)).toEqual(['mfa-code']);
    expect(errors).toEqual([]);
  });
});
