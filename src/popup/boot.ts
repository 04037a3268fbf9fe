/**
 * The popup's first script, kept small: it starts the store read at once, and only then runs the
 * popup's code (main.tsx, which carries its style sheet: style.ts; the HTML preloads it), so the
 * read runs while that code is parsed and compiled instead of after it (issue #14).
 */
import { loadFirstScreen } from '../shared/db/first-screen.ts';
import { HANDFUL } from './handful.ts';

// The settings and the first screen in one read: with a handful of accounts the whole state,
// above that only their number (issue #13).
// Marks for scripts/probe-overview.ts and a profile's timeline: where the first screen's time goes.
performance.mark('mfa:boot');
const first = loadFirstScreen(HANDFUL).then(
  (r) => (performance.mark('mfa:read'), r),
  () => null,
);
void import('./main.tsx').then((m) => m.start(first));
