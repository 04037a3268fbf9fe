import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dockSpot, freeSlots, GAP, inflate, intersects, openDockBox, place, rect, type Rect } from '../../src/content/placement-geometry.ts';

const view = { width: 1280, height: 800 };
const needs = { width: 360, wantHeight: 400, minHeight: 220, bar: { width: 240, height: 44 } };

describe('place', () => {
  it('floats beside a narrow centred sign-in card, clear of it, near it', () => {
    const card = rect(450, 60, 380, 420);
    const p = place(view, { hard: [rect(474, 200, 332, 32)], soft: [card] }, needs, card);
    expect(p.mode).toBe('float');
    if (p.mode !== 'float') return;
    const box = rect(p.left, p.top, needs.width, p.maxHeight);
    expect(intersects(box, card)).toBe(false);
    expect(p.maxHeight).toBe(400);
    // Beside the card (left or right of it), not in a far corner below it.
    expect(p.top).toBeLessThan(card.bottom);
  });

  it('docks when text and controls fill the window', () => {
    const lines = Array.from({ length: 30 }, (_, i) => rect(8, 8 + i * 26, 1260, 20));
    const p = place(view, { hard: [], soft: lines }, needs, null);
    expect(p.mode).toBe('dock');
  });

  it('docks in a window narrower than the panel', () => {
    expect(place({ width: 360, height: 800 }, { hard: [], soft: [] }, needs, null).mode).toBe('dock');
  });

  it('keeps the panel where it is when that spot is still free (it does not jump on scroll)', () => {
    const p1 = place(view, { hard: [], soft: [] }, needs, null);
    if (p1.mode !== 'float') throw new Error('expected float');
    const p2 = place(view, { hard: [], soft: [] }, needs, null, { left: 40, top: 40 });
    expect(p2).toMatchObject({ mode: 'float', left: 40, top: 40 });
  });

  it('prefers a spot that shows the whole content to a nearer, shorter one', () => {
    // A control at the bottom left; the short slot above it is nearer the form than the tall one.
    const form = rect(12, 12, 300, 300);
    const slots = place(view, { hard: [rect(400, 300, 200, 30)], soft: [form] }, needs, form);
    expect(slots.mode).toBe('float');
    if (slots.mode === 'float') expect(slots.maxHeight).toBe(400);
  });

  it('never overlaps an obstacle, for any scatter of controls (property)', () => {
    const r = fc.record({ l: fc.integer({ min: -50, max: 1300 }), t: fc.integer({ min: -50, max: 850 }), w: fc.integer({ min: 4, max: 600 }), h: fc.integer({ min: 4, max: 300 }) });
    fc.assert(
      fc.property(fc.array(r, { maxLength: 25 }), fc.integer({ min: 300, max: 1920 }), fc.integer({ min: 300, max: 1100 }), (list, w, h) => {
        const hard: Rect[] = list.map((o) => rect(o.l, o.t, o.w, o.h));
        const v = { width: w, height: h };
        const p = place(v, { hard, soft: [] }, needs, null);
        if (p.mode === 'float') {
          const box = rect(p.left, p.top, Math.min(needs.width, w), p.maxHeight);
          expect(hard.some((o) => intersects(box, o))).toBe(false);
          expect(box.right).toBeLessThanOrEqual(w);
          expect(box.bottom).toBeLessThanOrEqual(h);
          expect(p.maxHeight).toBeGreaterThanOrEqual(needs.minHeight);
        }
      }),
    );
  });
});

describe('freeSlots', () => {
  it('finds nothing when the box cannot fit the view', () => {
    expect(freeSlots({ width: 300, height: 800 }, [], 360, 100, 200)).toEqual([]);
  });
  it('stops a slot at the next obstacle below it', () => {
    const slots = freeSlots({ width: 400, height: 800 }, [rect(0, 500, 400, 40)], 360, 100, 1000);
    const top = slots.find((s) => s.top === GAP)!;
    expect(top.height).toBe(500 - GAP - GAP);
    // And one below the obstacle.
    expect(slots.some((s) => s.top === 540 + GAP)).toBe(true);
  });
});

describe('dockSpot', () => {
  const bar = { width: 240, height: 44 };
  it('takes the bottom-right corner when it is clear', () => {
    expect(dockSpot(view, { hard: [], soft: [] }, bar)).toEqual({ left: 1280 - GAP - 240, top: 800 - GAP - 44, edge: 'bottom' });
  });
  it('moves off a control in the bottom-right corner', () => {
    const submit = rect(1100, 740, 150, 40);
    const s = dockSpot(view, { hard: [submit], soft: [] }, bar);
    expect(intersects(inflate(rect(s.left, s.top, bar.width, bar.height), 1), submit)).toBe(false);
  });
  it('finds a gap along the window when every corner holds a control', () => {
    const v = { width: 360, height: 800 };
    const hard = [rect(0, 0, 360, 60), rect(0, 740, 360, 60), rect(0, 300, 360, 40)];
    const s = dockSpot(v, { hard, soft: [] }, bar);
    expect(hard.some((o) => intersects(rect(s.left, s.top, bar.width, bar.height), o))).toBe(false);
  });
});

describe('openDockBox', () => {
  it('opens above a bottom bar, inside the window', () => {
    const o = openDockBox({ width: 360, height: 800 }, { left: 108, top: 744, edge: 'bottom' }, { width: 240, height: 44 }, 360, 2000);
    expect(o.width).toBe(344);
    expect(o.top).toBeGreaterThanOrEqual(8);
    expect(o.top + o.maxHeight).toBeLessThanOrEqual(744 - 8);
    expect(o.left).toBeGreaterThanOrEqual(8);
  });
});
