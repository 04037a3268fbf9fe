/** The panel's stylesheet as a string; the machinery puts it in a <style> inside the shadow root. */
export { default as panelCss } from './panel.css?inline';
