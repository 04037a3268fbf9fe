/**
 * The overview page's first script, kept small: it starts the store read at once, and only then
 * fetches the page's code (main.tsx, with its style sheet), so reading a thousand accounts runs
 * while that code is fetched, parsed and compiled, instead of after it (issue #13, first
 * render). The style sheet is not a `<link>` of the HTML either: one there holds back every
 * module script until it is loaded and parsed; loaded with main.tsx, it is applied before the
 * first render all the same.
 */
import { loadFirstScreen } from '../shared/db/first-screen.ts';

// The settings (for the language) and every account in one transaction, begun at once.
// Marks for scripts/probe-overview.ts and a profile's timeline: where the first screen's time goes.
performance.mark('mfa:boot');
const first = loadFirstScreen(Number.POSITIVE_INFINITY).then(
  (r) => (performance.mark('mfa:read'), r),
  () => null,
);
void import('./main.tsx').then((m) => m.start(first));
