/**
 * The seam between the two scripts of the content-script world (issue #14): the detector, which
 * the manifest injects into every matched page, and the panel, which the worker injects on
 * recognition (src/background/panel-inject.ts). Both run in the extension's isolated world (Chrome)
 * or content-script sandbox (Firefox), whose globals the page cannot see; the detector leaves its
 * half of the seam there and the panel's script takes it when it runs.
 */
import type { Classification } from '../site/classify.ts';
import type { PageKind } from '../shared/page-kind.ts';
import type { SiteTarget } from './panel-contract.ts';
import { PANEL_CSS_SLOT } from '../shared/panel-script.ts';

/** The panel's host element (the contract: one `<mfa-lifeline-panel data-page="…">` on `<html>`). */
export const HOST_TAG = 'mfa-lifeline-panel';

/** What the panel's script gives the detector: every pass from now on, and the end. */
export interface PanelSide {
  /** A full classification (null: nothing recognized) and the element that decided it. */
  onPass(c: Classification | null, anchor: Element | null): void;
  /** The runtime went away (extension updated or removed). */
  dead(): void;
  /** The panel's host element, if it has one (the detector treats its removal as news). */
  host(): Element | null;
  /** Removes the panel without a word (tests, and a detector that stops). */
  stop(): void;
}

/**
 * The page elements the panel may point at or read (targets.ts). The detector's script carries
 * the site data already; the panel's script uses it from there rather than ship a second copy.
 */
export interface PageTargets {
  find(page: PageKind, target: SiteTarget): Element | null;
  /** Visible text of a target, trimmed, or null. */
  readText(page: PageKind, target: SiteTarget): string | null;
}

/** What the detector leaves for the panel's script. */
export interface DetectorSide {
  targets: PageTargets;
  /** False when a panel is attached already or the detector stopped: then the script does nothing. */
  attach(panel: PanelSide): boolean;
}

/** A property of the isolated world's global object; not the page's window. */
const SLOT = '__mfaLifelineDetector';

type Global = { [SLOT]?: DetectorSide };

export function offer(side: DetectorSide): void {
  (globalThis as Global)[SLOT] = side;
}

export function claim(): DetectorSide | undefined {
  return (globalThis as Global)[SLOT];
}

/** The panel's style sheet, as the worker left it before injecting the panel's script ('' if it did not). */
export function panelStyle(): string {
  const css = (globalThis as Record<string, unknown>)[PANEL_CSS_SLOT];
  return typeof css === 'string' ? css : '';
}
