/**
 * `npm start`: opens Chromium with a fresh profile and the built extension at the real AWS
 * sign-in page. `npm run demo`: the same against the project's offline copies of the AWS pages,
 * served at their real URLs (no account or network needed). `npm run start:firefox`: Firefox
 * through web-ext. Without a display it says so in one line instead of hanging.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launch, ROOT, extensionUrl } from '../test/harness/launch.ts';
import { goOffline } from '../test/harness/offline.ts';

const args = new Set(process.argv.slice(2));
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (needsDisplay) {
  console.log('No display found (DISPLAY is unset): run this on a desktop, or load dist/ by hand as the README says.');
  process.exit(1);
}

if (args.has('--firefox')) {
  const child = spawn(join(ROOT, 'node_modules/.bin/web-ext'), ['run', '--source-dir', join(ROOT, 'dist-firefox'), '--start-url', 'https://signin.aws.amazon.com/', '--no-reload'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const demo = args.has('--demo');
  const b = await launch({ headless: false });
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  if (demo) {
    // The fixture list is site knowledge kept with the tests: one page per recognized kind,
    // plus the sign-in app walking password -> MFA -> troubleshoot -> alternative factors.
    const { PAGES, fixtureResolver } = await import('../test/fixtures/pages.ts');
    const shown = new Set<string>();
    const urls = PAGES.filter((p) => {
      if (p.lang !== 'en' || !p.expectedPage || shown.has(p.expectedPage)) return false;
      shown.add(p.expectedPage);
      return true;
    }).map((p) => p.url);
    urls.push(...PAGES.filter((p) => p.url.includes('auto=1')).map((p) => p.url));
    await goOffline(b.context, fixtureResolver());
    for (const [i, url] of urls.entries()) {
      const p = i === 0 ? page : await b.context.newPage();
      await p.goto(url);
    }
    const popup = await b.context.newPage();
    await popup.goto(extensionUrl(b.extensionId, 'src/popup/index.html'));
    console.log(`Demo: ${urls.length} AWS pages served offline at their real URLs, and the popup in a tab. Close the browser to stop.`);
  } else {
    await page.goto('https://signin.aws.amazon.com/');
    console.log('Chromium is open with MFA Lifeline loaded. Close the browser to stop.');
  }
  b.context.on('close', () => process.exit(0));
}
