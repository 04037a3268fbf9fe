/** Provisions Firefox for `npm run test:e2e:firefox` the way ensure-chromium.ts does Chromium. */
import { ensureFirefox, firefoxMajor } from '../test/harness/firefox.ts';

try {
  const path = ensureFirefox();
  console.log(`Firefox: ${path} (${firefoxMajor(path)})`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
