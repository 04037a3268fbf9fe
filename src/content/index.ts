/**
 * Content-script entry, built as one self-contained IIFE: the detector only (lookout.ts). It runs
 * on the AWS hosts listed in manifest.json; when it recognizes a page that needs the panel, the
 * worker injects the panel's own script (panel.ts) into this isolated world (issue #14).
 *
 * Nothing the page can set or send stops it (issue #9): no DOM attribute, no page event. An
 * older copy left behind by an extension update stops when its runtime goes away (runtime.id
 * vanishes), a channel the page cannot reach.
 *
 * What the page pays when the script arrives (issue #14): the compile and the evaluation of a
 * few small modules in the injection task at document_idle. The first look at the page (style
 * sheet, observer, classification, the first use of the extension's API in this world) waits for
 * the browser's next idle period, at most START_WAIT_MS: a page that loads straight into a
 * recognized step shows the panel that much later at worst, and a step the page renders in the
 * meantime is seen by that first pass.
 */
import { awsSurface } from '../site/aws-hosts.ts';
import { askWorker, startLookout } from './lookout.ts';

const START_WAIT_MS = 100;

const start = () => {
  if (awsSurface(location.href)) startLookout(document, { requestPanel: askWorker });
};
// Firefox and Chrome both have it; a browser without it starts in the next task.
if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: START_WAIT_MS });
else setTimeout(start, 0);
