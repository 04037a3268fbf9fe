import { ensureChromium } from '../test/harness/chromium.ts';

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
