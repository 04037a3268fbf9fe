// @vitest-environment happy-dom
/**
 * The panel's placement and the detector's periodic passes (issue #14): a pass on the same step
 * re-places the panel only when what the placement depends on moved (a control of the page, the
 * form's box, the window, the panel's size), not every half second while the page churns; and it
 * does re-place when a control moved without the document being resized or scrolled.
 * happy-dom has no layout: the page's boxes are given by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlacement, type PlacementController } from '../../src/content/placement.ts';
import { intersects, type Rect } from '../../src/content/placement-geometry.ts';

const boxes = new Map<Element, Rect>();
const frames = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function box(el: Element, left: number, top: number, width: number, height: number): void {
  boxes.set(el, { left, top, right: left + width, bottom: top + height });
}

let placement: PlacementController;
let walks: ReturnType<typeof vi.spyOn>;
let form: HTMLElement;
let button: HTMLButtonElement;
let section: HTMLElement;

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const r = boxes.get(this) ?? { left: 0, top: 0, right: 0, bottom: 0 };
    return { ...r, x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top, toJSON: () => r } as DOMRect;
  });
  // The placement walks the page's text only when it places the panel anew: counted through the walker.
  walks = vi.spyOn(document, 'createTreeWalker');
  // A dialog as the step's card (happy-dom's <form> is a proxy the stubbed boxes would not see).
  document.body.innerHTML = '<div role="dialog"><input id="code"><button type="submit">Submit</button></div>';
  form = document.querySelector('[role="dialog"]')!;
  button = document.querySelector('button')!;
  box(form, 40, 40, 400, 300);
  box(document.querySelector('#code')!, 60, 100, 300, 30);
  box(button, 60, 160, 100, 30);
  const host = document.createElement('mfa-lifeline-panel');
  document.documentElement.append(host);
  const shell = document.createElement('div');
  section = document.createElement('section');
  section.className = 'panel';
  shell.append(section);
  host.attachShadow({ mode: 'open' }).append(shell);
  placement = createPlacement(host, shell);
});

afterEach(() => {
  placement.stop();
  document.querySelector('mfa-lifeline-panel')?.remove();
  boxes.clear();
  vi.restoreAllMocks();
});

const panelRect = (): Rect => {
  const left = parseFloat(section.style.left);
  const top = parseFloat(section.style.top);
  return { left, top, right: left + parseFloat(section.style.width), bottom: top + 220 };
};

describe('placement on the detector passes', () => {
  it('places the panel for a new step, and not again on passes where nothing it depends on moved', async () => {
    placement.update(form);
    await frames();
    expect(walks).toHaveBeenCalledTimes(1);
    const first = panelRect();
    for (let i = 0; i < 5; i++) {
      placement.update(form);
      await frames();
    }
    expect(walks).toHaveBeenCalledTimes(1);
    expect(panelRect()).toEqual(first);
  });

  it('re-places the panel when a control moved under it, though the document was neither resized nor scrolled', async () => {
    placement.update(form);
    await frames();
    const before = panelRect();
    // The page moves its button to where the panel floats (an error banner pushed it, say).
    box(button, before.left + 10, before.top + 10, 100, 30);
    placement.update(form);
    await frames();
    expect(walks).toHaveBeenCalledTimes(2);
    expect(intersects(panelRect(), boxes.get(button)!)).toBe(false);
  });

  it('re-places it when the form grows, when another element decides the step, and when asked without an anchor', async () => {
    placement.update(form);
    await frames();
    box(form, 40, 40, 400, 500);
    placement.update(form);
    await frames();
    expect(walks).toHaveBeenCalledTimes(2);
    placement.update(button);
    await frames();
    expect(walks).toHaveBeenCalledTimes(3);
    placement.update();
    await frames();
    expect(walks).toHaveBeenCalledTimes(4);
  });
});
