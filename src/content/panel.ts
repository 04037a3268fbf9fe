/**
 * The panel's script, built as its own self-contained IIFE (src/content/panel.js, see
 * src/shared/panel-script.ts) and injected by the worker into the detector's isolated world once
 * the detector recognized a page that needs it (issue #14). It hands the panel to the detector
 * and does nothing where there is none or where it has its panel already.
 */
import { attachPanel } from './assistant.ts';

attachPanel(document);
