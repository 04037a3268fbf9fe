/**
 * Where the build puts the panel's script (vite.config.ts) and where the worker injects it from
 * (src/background/panel-inject.ts). The panel is not in the manifest's content script: only the
 * detector runs on every matched page; the worker injects this file into the same isolated world
 * once the detector recognizes a page that needs the panel (issue #14). It is not a
 * web-accessible resource: the page can neither load nor probe it.
 */
export const PANEL_SCRIPT = 'src/content/panel.js';

/**
 * The global of the isolated world (Chrome) or content-script sandbox (Firefox) where the worker
 * leaves the panel's style sheet right before it injects PANEL_SCRIPT (the page cannot see it).
 */
export const PANEL_CSS_SLOT = '__mfaLifelinePanelCss';
