/**
 * The panel's host: one <mfa-lifeline-panel data-page="…"> on <html> (outside any subtree the
 * page's React owns, so the app never deletes or re-renders it), with an open shadow root holding
 * the styles and the Panel. Where the panel goes is placement.ts's job; keys typed in the panel
 * stay in the panel. The host itself is an empty point at the window's corner: only the panel and
 * its bar take clicks, and the panel never takes focus when it appears.
 */
import { h, render } from 'preact';
import { Panel } from './panel/Panel.tsx';
import type { PanelContext } from './panel-contract.ts';
import { currentLang } from '../shared/i18n.ts';
import { Orphan } from './panel/Orphan.tsx';
import { guardHost } from './host-guard.ts';
import { createPlacement } from './placement.ts';
import { isShortcut } from './shortcut.ts';
import { HOST_TAG, panelStyle } from './handoff.ts';

export { HOST_TAG };

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
    // The host is the containing block of the panel's own positioning: at (0, 0) and of no size,
    // its children's coordinates are the viewport's and nothing but them takes a click.
    contain: 'layout',
    width: '0px',
    height: '0px',
    overflow: 'visible',
    'z-index': '2147483647',
    top: '0px',
    left: '0px',
  });
  el.setAttribute('data-page', page);
  // The page cannot hide, disable or relabel the host through its attributes (host-guard.ts).
  const unguard = guardHost(el, { style: () => ownStyle.get(el) ?? '', page: () => page });
  const root = el.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // The style sheet comes from the worker with the injection (panel-inject.ts), like the texts.
  style.textContent = BASE_CSS + panelStyle();
  const box = doc.createElement('div');
  box.className = 'shell';
  box.setAttribute('data-mode', 'float');
  const placement = createPlacement(el, box);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && e.isTrusted && placement.mode !== 'dock') {
      e.preventDefault();
      placement.minimize();
    }
  });
  for (const type of ISOLATED) box.addEventListener(type, (e) => e.stopPropagation());
  root.append(style, box);
  doc.documentElement.append(el);

  // The announced shortcut reaches the panel from anywhere in the page (trusted key presses only).
  const onKey = (e: KeyboardEvent) => {
    if (e.isTrusted && isShortcut(e)) {
      e.preventDefault();
      e.stopPropagation();
      placement.summon();
    }
  };
  doc.addEventListener('keydown', onKey, true);

  const shell = { expand: () => placement.expand(), minimize: () => placement.minimize() };
  return {
    el,
    setPage(p) {
      page = p;
      el.setAttribute('data-page', p);
    },
    show(ctx, onClose) {
      this.setPage(ctx.page);
      box.lang = currentLang();
      render(h(Panel, { ctx, onClose, shell, key: ctx.page }), box);
      placement.update();
    },
    place(anchor) {
      placement.update(anchor);
    },
    orphan(texts, onClose) {
      render(h(Orphan, { ...texts, onClose }), box);
    },
    remove() {
      unguard();
      doc.removeEventListener('keydown', onKey, true);
      placement.stop();
      render(null, box);
      el.remove();
    },
  };
}
