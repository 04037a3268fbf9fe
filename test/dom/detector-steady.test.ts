// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://signin.aws.amazon.com/oauth?client_id=x" }
/**
 * The detector's half-second pass on a step that holds still (issue #14): it hands on the last
 * answer (the same view) instead of classifying the page again, and classifies again as soon as
 * something in the form's container changed (text, a class), the element that decided the step is
 * no longer shown, or STEADY_MS passed.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startDetector } from '../../src/content/detector.ts';
import type { Classification } from '../../src/site/classify.ts';
import type { DomView } from '../../src/content/dom-view.ts';

const STEP =
  '<main><h1>Additional verification required</h1><form><p id="say">Enter the code from your MFA device.</p><label for="mfaCode">MFA code</label>' +
  '<input id="mfaCode" type="text"><button type="submit" data-testid="mfa-submit-button">Submit</button></form></main><aside><ul id="feed"></ul></aside>';

let passes: [Classification | null, DomView][] = [];
let controller: AbortController;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Passes from `from` on that brought a new view (a full classification), not the one before again. */
const fresh = (from: number) => passes.slice(from).filter(([, v], i) => v !== passes[from + i - 1]?.[1]).length;

beforeEach(() => {
  document.body.innerHTML = STEP;
  passes = [];
  controller = new AbortController();
  startDetector(document, {
    signal: controller.signal,
    onPass: (c, view) => void passes.push([c, view]),
    alive: () => true,
    dead: () => controller.abort(),
    host: () => null,
  });
});
afterEach(() => controller.abort());

it('hands on the last answer while the step holds still and the page churns elsewhere', async () => {
  expect(passes[0]?.[0]?.page).toBe('mfa-code');
  const feed = document.getElementById('feed')!;
  // Let the first pass's re-scoping settle (a new scope counts as a change once).
  await wait(1200);
  const from = passes.length;
  for (let i = 0; i < 12; i++) {
    feed.append(Object.assign(document.createElement('li'), { textContent: `Item ${i}` }));
    feed.firstElementChild!.classList.toggle('odd');
    await wait(100);
  }
  expect(passes.length - from).toBeGreaterThanOrEqual(2);
  expect(passes.slice(from).every(([c]) => c?.page === 'mfa-code')).toBe(true);
  // At most the one full classification STEADY_MS brings, if the machine stretched the loop.
  expect(fresh(from)).toBeLessThanOrEqual(1);
});

it('classifies again after a text or class change in the form, when the step is hidden, and every STEADY_MS', { timeout: 20_000 }, async () => {
  await wait(1200);
  let from = passes.length;
  document.getElementById('say')!.firstChild!.nodeValue = 'Enter the code again.';
  await wait(600);
  expect(fresh(from)).toBeGreaterThanOrEqual(1);

  await wait(600);
  from = passes.length;
  document.getElementById('say')!.classList.add('shown');
  await wait(600);
  expect(fresh(from)).toBeGreaterThanOrEqual(1);

  // Hidden from outside the observed part (an attribute of <body>, which is not watched): seen through the anchor.
  await wait(600);
  from = passes.length;
  document.body.hidden = true;
  await wait(600);
  expect(passes.at(-1)![0]).toBe(null);
  document.body.hidden = false;

  // Nothing changes at all: a full classification still runs within STEADY_MS and a pass.
  await wait(1200);
  from = passes.length;
  await wait(2600);
  expect(fresh(from)).toBeGreaterThanOrEqual(1);
});
