// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://signin.aws.amazon.com/oauth?client_id=x" }
/**
 * A step the sign-in page renders is recognized in the next frame, not at the detector's
 * half-second pass (issue #14): every element the site data names for a step is one the
 * detector's relevance check (KEY_SELECTORS) notices when it is added. Each element below is
 * added alone into an empty box, without any wording that would make the change relevant by itself. happy-dom
 * runs no CSS animations, so the observer's check is the only way the detector hears of it here;
 * the periodic pass is counted, and must not have run.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startDetector } from '../../src/content/detector.ts';
import type { Classification } from '../../src/site/classify.ts';

/** The MFA step's wording is already there; the control that decides the step comes later, into its own box. */
const PAGE = '<main><h1>Additional verification required</h1><p>Enter the code from your MFA device.</p><div id="step"></div></main>';

let controller: AbortController;
let passes: (Classification | null)[];
let periodic: number;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  passes = [];
  periodic = 0;
  const win = document.defaultView!;
  const setInterval = win.setInterval;
  // The detector's only interval is its periodic pass: counted, so a pass it brought is told apart.
  win.setInterval = ((fn: () => void, ms: number) =>
    setInterval.call(
      win,
      () => {
        periodic++;
        fn();
      },
      ms,
    )) as typeof win.setInterval;
  controller = new AbortController();
  try {
    startDetector(document, { signal: controller.signal, onPass: (c) => void passes.push(c), alive: () => true, dead: () => controller.abort(), host: () => null });
  } finally {
    win.setInterval = setInterval;
  }
});
afterEach(() => controller.abort());

async function rendered(html: string): Promise<void> {
  const t = document.createElement('template');
  t.innerHTML = html;
  document.getElementById('step')!.append(t.content);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

it.each([
  ['the security-key prompt element (u2f-mfa)', '<u2f-mfa></u2f-mfa>', 'mfa-key'],
  ['the security-key prompt by id', '<div id="U2fKey"></div>', 'mfa-key'],
  ['a passkey prompt', '<div data-testid="passkey-prompt"></div>', 'mfa-key'],
  ['the MFA code field', '<input id="mfaCode">', 'mfa-code'],
  ['the legacy root code field', '<input id="ap_tokenCode">', 'mfa-code'],
  ['the legacy submit link', '<a id="submitMfa_button" href="#x"></a>', 'mfa-code'],
  ["the IAM user's submit button", '<button data-testid="mfa-submit-button"></button>', 'mfa-code'],
  ["the root user's submit button", '<button id="mfa_submit_button"></button>', 'mfa-code'],
  ['a one-time-code field of unknown id', '<input autocomplete="one-time-code">', 'mfa-code'],
  ['the device choice', '<div id="multi_mfa_container"></div>', 'mfa-device-choice'],
])('%s, added by the page, is recognized in the next frame', async (_, html, page) => {
  expect(passes).toEqual([null]);
  await rendered(html);
  expect(periodic).toBe(0);
  expect(passes.at(-1)?.page).toBe(page);
});
