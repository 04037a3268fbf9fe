/**
 * The seam between the content script's machinery (detection, mounting, messaging: src/content/*)
 * and the panel UI (src/content/panel/*). The UI never queries AWS's DOM itself: it asks the
 * context for the few elements and texts it may point at, named in the site data.
 */
import type { PageKind } from '../shared/page-kind.ts';

/**
 * Elements or texts on AWS pages the panel may point at or read. Never an input the user types
 * a password or code into: those are not targets and are never read.
 */
export type SiteTarget =
  /** "Trouble signing in?" / "Troubleshoot MFA" / "Having problems…" link on the MFA step. */
  | 'troubleshootLink'
  /** "Try another MFA method" on the MFA step (code or key prompt): other devices, recovery options. */
  | 'tryAnotherMethod'
  /** "Sign in using alternative factors" choice or button on the troubleshoot page. */
  | 'altFactorsChoice'
  /** The primary contact phone number as shown on the console Account page (text only). */
  | 'contactPhoneShown'
  /** The 12-digit account id as shown on a console page (text only). */
  | 'accountIdShown';

export interface PanelContext {
  page: PageKind;
  /** Extra facts the classifier saw, e.g. `phone-failed` on the alt-factors page. */
  variant?: 'phone-failed' | 'legacy' | 'v2';
  /** A page element the panel may highlight (with its own overlay; AWS's markup is not changed). */
  find(target: SiteTarget): Element | null;
  /** Visible text of a target, trimmed, or null. */
  readText(target: SiteTarget): string | null;
  /** Records a step the user reached, through the worker, for the account's timeline. */
  record(step: string): void;
}
