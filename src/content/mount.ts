/**
 * The panel's host: one <mfa-lifeline-panel data-page="…"> on <html> (outside any subtree the
 * page's React owns, so the app never deletes or re-renders it), fixed beside the AWS form, with
 * an open shadow root holding the styles and the Panel. Keys typed in the panel stay in the panel.
 */
import { h, render } from 'preact';
import { Panel } from './panel/Panel.tsx';
import { panelCss } from './panel/styles.ts';
import type { PanelContext } from './panel-contract.ts';
import { currentLang } from '../shared/i18n.ts';
import { Orphan } from './panel/Orphan.tsx';
import { guardHost } from './host-guard.ts';

export const HOST_TAG = 'mfa-lifeline-panel';
/** Below the form only if at least this much of the panel would show (its heading and first button). */
const MIN_BELOW = 160;
/** Host width: the panel (360 px) and its 16 px margins. */
const WIDTH = 392;
const GAP = 16;

const BASE_CSS = ':host{all:initial;display:block}';
// Keys and text input inside the panel must not reach AWS's shortcuts or its form handlers.
const ISOLATED = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'];

export interface Host {
  readonly el: HTMLElement;
  /** Shows `ctx` (a new page kind starts the panel afresh) once the language is known. */
  show(ctx: PanelContext, onClose: () => void): void;
  place(anchor: Element | null): void;
  /** The page kind the host announces in data-page (the only value the guard keeps there). */
  setPage(page: string): void;
  /** The runtime went away: a note to reload the page replaces the panel (assistant.ts). */
  orphan(texts: { note: string; close: string }, onClose: () => void): void;
  remove(): void;
}

/** The style attribute each host last set itself: what host-guard.ts restores. */
const ownStyle = new WeakMap<HTMLElement, string>();

function set(el: HTMLElement, styles: Record<string, string>): void {
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
  ownStyle.set(el, el.getAttribute('style') ?? '');
}

export function createHost(doc: Document, firstPage: string): Host {
  let page = firstPage;
  // At most one host: a stray one (an older copy of the extension that could not clean up) goes.
  for (const old of Array.from(doc.querySelectorAll(HOST_TAG))) old.remove();
  const el = doc.createElement(HOST_TAG);
  set(el, {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    // The host is the containing block of the panel's own fixed positioning.
    contain: 'layout',
    width: `${WIDTH}px`,
    height: '0px',
    'z-index': '2147483647',
    top: '0px',
    left: '0px',
  });
  el.setAttribute('data-page', page);
  // The page cannot hide, disable or relabel the host through its attributes (host-guard.ts).
  const unguard = guardHost(el, { style: () => ownStyle.get(el) ?? '', page: () => page });
  const root = el.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BASE_CSS + panelCss;
  const box = doc.createElement('div');
  for (const type of ISOLATED) box.addEventListener(type, (e) => e.stopPropagation());
  root.append(style, box);
  doc.documentElement.append(el);

  return {
    el,
    setPage(p) {
      page = p;
      el.setAttribute('data-page', p);
    },
    show(ctx, onClose) {
      this.setPage(ctx.page);
      box.lang = currentLang();
      render(h(Panel, { ctx, onClose, key: ctx.page }), box);
    },
    place(anchor) {
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1280;
      let left = vw - WIDTH;
      let top = 0;
      const area = anchor?.closest('form, dialog, [role="dialog"], main') ?? anchor;
      const r = area?.getBoundingClientRect();
      if (r && r.width > 0) {
        // Beside the form, not over it: right of it if there is room, else left; in a narrow
        // window below it (the code field and AWS's own links stay visible), else the corner.
        const vh = view?.innerHeight ?? 900;
        top = Math.max(0, r.top - GAP);
        if (vw - r.right >= WIDTH) left = r.right;
        else if (r.left >= WIDTH) left = r.left - WIDTH;
        else if (r.bottom + MIN_BELOW <= vh) {
          left = Math.max(0, Math.min(r.left - GAP, vw - WIDTH));
          top = Math.max(0, r.bottom + GAP / 2);
        }
      }
      set(el, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
    },
    orphan(texts, onClose) {
      render(h(Orphan, { ...texts, onClose }), box);
    },
    remove() {
      unguard();
      render(null, box);
      el.remove();
    },
  };
}
