/**
 * Where the in-page panel may go: a free-space search over rectangles, in viewport coordinates.
 * Pure (no DOM): the content script measures the page (src/content/placement.ts) and applies the
 * answer. The rule it serves (issue #11): the panel never covers a control of the page; it floats
 * in free space near the page's form when there is some, else it docks as a small bar at an edge
 * of the window, itself placed clear of every control.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Obstacles {
  /** The page's controls on screen: never covered, not even by the bar. */
  hard: readonly Rect[];
  /** Text and the form's own box: not covered when there is a choice. */
  soft: readonly Rect[];
}

export interface PanelNeeds {
  width: number;
  /** The panel's whole content height. */
  wantHeight: number;
  /** Below this the panel is not worth floating (its heading and first action). */
  minHeight: number;
  /** The docked bar. */
  bar: Size;
}

export type Placement =
  | { mode: 'float'; left: number; top: number; maxHeight: number }
  | { mode: 'dock'; left: number; top: number; edge: 'top' | 'bottom' };

/** Space kept between the panel and anything it avoids, and from the window's edges. */
export const GAP = 12;

export const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Grows a rectangle by `m` on every side. */
export const inflate = (r: Rect, m: number): Rect => ({ left: r.left - m, top: r.top - m, right: r.right + m, bottom: r.bottom + m });

/** Gap between two rectangles (0 when they touch or overlap). */
export function distance(a: Rect, b: Rect): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}

interface Slot {
  left: number;
  top: number;
  height: number;
}

/**
 * Every top-left corner where a `width`-wide box at least `minHeight` tall fits in the view
 * without touching an obstacle (kept `GAP` away), with the height it could grow to (up to
 * `maxHeight`). Candidate corners are the view's edges and the obstacles' edges: a maximal free
 * box always has each side on one of them.
 */
export function freeSlots(view: Size, obstacles: readonly Rect[], width: number, minHeight: number, maxHeight: number, also?: { left: number; top: number } | null): Slot[] {
  const lo = GAP;
  const hiX = view.width - GAP - width;
  const hiY = view.height - GAP;
  if (hiX < lo || hiY - lo < minHeight) return [];
  const grown = obstacles.map((o) => inflate(o, GAP)).filter((o) => o.right > 0 && o.left < view.width && o.bottom > 0 && o.top < view.height);
  const xs = new Set<number>([lo, hiX, Math.round((view.width - width) / 2)]);
  const ys = new Set<number>([lo]);
  // Where the panel is now stays a candidate, so it can stay put.
  if (also) {
    xs.add(also.left);
    ys.add(also.top);
  }
  for (const o of grown) {
    xs.add(o.right);
    xs.add(o.left - width);
    ys.add(o.bottom);
  }
  const slots: Slot[] = [];
  for (const x of xs) {
    if (x < lo || x > hiX) continue;
    // The obstacles in this column, by their top.
    const column = grown.filter((o) => o.left < x + width && x < o.right).sort((a, b) => a.top - b.top);
    for (const y of ys) {
      if (y < lo || y + minHeight > hiY) continue;
      let limit = hiY;
      let blocked = false;
      for (const o of column) {
        if (o.bottom <= y) continue;
        if (o.top < y + minHeight) {
          blocked = true;
          break;
        }
        limit = Math.min(limit, o.top);
        break;
      }
      if (!blocked) slots.push({ left: x, top: y, height: Math.min(maxHeight, limit - y) });
    }
  }
  return slots;
}

/**
 * The best free slot: one that shows the whole content if any does, then the one nearest the
 * page's form (`near`), then the one where the panel already is (so it does not jump about),
 * then the right-hand side (where AWS's own pages leave room).
 */
function best(slots: Slot[], width: number, want: number, near: Rect | null, current: { left: number; top: number } | null, view: Size): Slot | null {
  let pick: Slot | null = null;
  let score = Infinity;
  for (const s of slots) {
    const box = rect(s.left, s.top, width, s.height);
    const short = Math.max(0, want - s.height);
    const here = current && Math.abs(current.left - s.left) < 2 && Math.abs(current.top - s.top) < 2 ? -40 : 0;
    const right = (view.width - (s.left + width)) / 100;
    const sc = short * 4 + (near ? distance(box, near) : 0) + here + right;
    if (sc < score) {
      score = sc;
      pick = s;
    }
  }
  return pick;
}

/** Where the docked bar goes: an edge of the window clear of controls, bottom-right first. */
export function dockSpot(view: Size, obs: Obstacles, bar: Size): { left: number; top: number; edge: 'top' | 'bottom' } {
  const corners = [
    { left: view.width - GAP - bar.width, top: view.height - GAP - bar.height, edge: 'bottom' as const },
    { left: GAP, top: view.height - GAP - bar.height, edge: 'bottom' as const },
    { left: view.width - GAP - bar.width, top: GAP, edge: 'top' as const },
    { left: GAP, top: GAP, edge: 'top' as const },
    { left: Math.round((view.width - bar.width) / 2), top: view.height - GAP - bar.height, edge: 'bottom' as const },
    { left: Math.round((view.width - bar.width) / 2), top: GAP, edge: 'top' as const },
  ].map((c) => ({ ...c, left: Math.max(0, c.left), top: Math.max(0, c.top) }));
  const clear = (c: { left: number; top: number }, list: readonly Rect[]) => {
    const box = inflate(rect(c.left, c.top, bar.width, bar.height), GAP / 2);
    return list.every((o) => !intersects(box, o));
  };
  // A corner clear of everything, else clear of controls.
  const all = [...obs.hard, ...obs.soft];
  const corner = corners.find((c) => clear(c, all)) ?? corners.find((c) => clear(c, obs.hard));
  if (corner) return corner;
  // No corner is free: any spot along the window's width, nearest the bottom or top edge.
  const slots = freeSlots(view, obs.hard, bar.width, bar.height, bar.height)
    .map((s) => ({ ...s, edgeDist: Math.min(s.top, view.height - s.top - bar.height) }))
    .sort((a, b) => a.edgeDist - b.edgeDist);
  const s = slots[0];
  if (s) return { left: s.left, top: s.top, edge: s.top < view.height / 2 ? 'top' : 'bottom' };
  // Nothing is free (a window filled with controls): the least covered corner.
  const overlap = (c: { left: number; top: number }) => obs.hard.filter((o) => intersects(rect(c.left, c.top, bar.width, bar.height), o)).length;
  return corners.reduce((a, b) => (overlap(b) < overlap(a) ? b : a));
}

/**
 * The panel's placement for one look at the page. `near` is the box of the page's form (or
 * whatever anchored the recognition); `current` where the panel floats now, if it does.
 */
export function place(view: Size, obs: Obstacles, needs: PanelNeeds, near: Rect | null, current: { left: number; top: number } | null = null): Placement {
  const want = Math.max(needs.minHeight, needs.wantHeight);
  const slots = freeSlots(view, [...obs.hard, ...obs.soft], needs.width, needs.minHeight, want, current);
  const s = best(slots, needs.width, want, near, current, view);
  if (s) return { mode: 'float', left: s.left, top: s.top, maxHeight: s.height };
  return { mode: 'dock', ...dockSpot(view, obs, needs.bar) };
}

/**
 * The opened dock: over the page (only while the user has it open), beside the bar's edge,
 * as tall as the window allows.
 */
export function openDockBox(view: Size, bar: { left: number; top: number; edge: 'top' | 'bottom' }, barSize: Size, width: number, wantHeight: number): { left: number; top: number; width: number; maxHeight: number } {
  const w = Math.min(width, view.width - 2 * 8);
  const left = Math.max(8, Math.min(bar.left + barSize.width - w, view.width - 8 - w));
  const room = bar.edge === 'bottom' ? bar.top - 8 - 8 : view.height - (bar.top + barSize.height + 8) - 8;
  const maxHeight = Math.max(120, Math.min(wantHeight, room));
  const top = bar.edge === 'bottom' ? Math.max(8, bar.top - 8 - maxHeight) : bar.top + barSize.height + 8;
  return { left, top, width: w, maxHeight };
}
