/**
 * The popup's style sheet, carried in the screen's script and applied as a constructed sheet, not
 * a file of its own (issue #14): the first screen then waits for one file less (the sheet was
 * preloaded by the HTML and applied by vite's preload helper before main.tsx ran). A constructed
 * sheet is CSSOM, not an inline `<style>`: the pages' CSP (`style-src 'self'`) allows it in
 * Chromium and Firefox, which the popup's e2e tests check by its computed styles.
 */
import css from './popup.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
