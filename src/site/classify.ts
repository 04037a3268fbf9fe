/**
 * The page classifier: pure, over a PageView (the content script implements it on the live DOM,
 * tests on happy-dom or on plain objects). It relies on the signals aws-pages.md §6 calls
 * stable: URL first, then ids and test ids, then visible text; only what the user can see
 * counts, so hidden templates, inline JSON and collapsed sections never match.
 */
import type { PageKind } from '../shared/page-kind.ts';
import { awsSurface } from './aws-hosts.ts';
import type { Phrase } from './text.ts';
import {
  ALT_CHOICE_TEXT,
  ALT_STEP_TEXT,
  CODE_INPUT,
  CONTACT_SECTION_TEXT,
  DEVICE_CHOICE,
  DEVICE_CHOICE_TEXT,
  KEY_PROMPT_TEXT,
  LEGACY_IDS,
  MFA_INPUT,
  MFA_KEY,
  MFA_SUBMIT,
  MFA_TEXT,
  PASSWORD,
  PHONE_FAILED_TEXT,
  RADIO,
  RESYNC_TEXT,
  SIGNED_IN,
  TROUBLESHOOT_HEAD_TEXT,
  TRY_ANOTHER_METHOD_TEXT,
  isNoMfaPath,
} from './aws-pages.ts';

export interface PageView {
  readonly url: string;
  /** Whether an element matching the selector list is visible. */
  visible(selector: string): boolean;
  /** Whether visible text contains one of the (normalized) phrases. */
  text(list: readonly Phrase[]): boolean;
}

export type Variant = 'phone-failed' | 'legacy' | 'v2';
export interface Classification {
  page: PageKind;
  variant?: Variant;
}

export function classify(view: PageView): Classification | null {
  let u: URL;
  // Stryker disable BlockStatement: awsSurface() reads the same text as no address, so an unreadable URL is null either way
  try {
    u = new URL(view.url);
  } catch {
    return null;
  }
  // Stryker restore BlockStatement
  switch (awsSurface(view.url)) {
    case 'signin':
      return classifySignin(view, u);
    case 'support-form':
      return isSupportFormUrl(u) ? { page: 'support-form' } : null;
    case 'console':
      return classifyConsole(view, u);
    default:
      return null;
  }
}

/** The route in a URL fragment, without `#`, `!` or leading slashes: "#/account?x" → "account?x". */
export function hashRoute(u: URL): string {
  // Stryker disable next-line Regex: a hash always starts with #, so the first match is at its start anyway
  return u.hash.replace(/^#!?\/*/, '');
}

/** The route's first segment compared as a whole ("account" matches "account", "account?x", "account/y", not "accounts"). */
function routeIs(route: string, name: string): boolean {
  return route.startsWith(name) && !/[\w-]/.test(route[name.length] ?? '');
}

/** §1.2: aws.amazon.com/forms/aws-mfa-support, or the Support Center's hash route. */
export function isSupportFormUrl(u: URL): boolean {
  if (u.hostname === 'aws.amazon.com') return /^\/forms\/aws-mfa-support(\/|$)/.test(u.pathname);
  if (u.hostname === 'support.aws.amazon.com') {
    return routeIs(hashRoute(u), 'contacts/aws-mfa-support') || /\/contacts\/aws-mfa-support(\/|$)/.test(u.pathname);
  }
  return false;
}

type ConsoleRoute = 'billing-account' | 'account-home' | 'security-credentials';

/** Which console page a URL can be, from its path and hash route alone; null rules it out. */
function consoleRoute(u: URL): ConsoleRoute | null {
  const path = u.pathname.replace(/\/+$/, '');
  const route = hashRoute(u);
  // §1.2 billing/home#/account (also ?#/account and regional hosts) [C].
  if (path === '/billing/home' && routeIs(route, 'account')) return 'billing-account';
  // §1.2 account/home [W].
  if (path === '/account/home' && (route === '' || routeIs(route, 'account') || routeIs(route, 'contact-information'))) return 'account-home';
  // §1.2 iam/home#/security_credentials, iamv2, and the old #security_credential link [C].
  if ((path === '/iam/home' || path === '/iamv2/home') && (routeIs(route, 'security_credentials') || routeIs(route, 'security_credential'))) {
    return 'security-credentials';
  }
  return null;
}

function classifyConsole(view: PageView, u: URL): Classification | null {
  switch (consoleRoute(u)) {
    case 'billing-account':
      return { page: 'account-contact' };
    case 'account-home':
      // Reported, not confirmed: only with its contact section visible.
      return view.text(CONTACT_SECTION_TEXT) ? { page: 'account-contact' } : null;
    case 'security-credentials':
      return { page: 'security-credentials' };
    default:
      return null;
  }
}

/**
 * Whether a URL can be a page we recognize at all. On the console's and Support Center's other
 * routes (most of their pages, and busy ones) the content script then need not look at the DOM
 * until the URL changes.
 */
export function urlCanMatch(url: string): boolean {
  let u: URL;
  // Stryker disable BlockStatement: awsSurface() reads the same text as no address, so an unreadable URL is false either way
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  // Stryker restore BlockStatement
  switch (awsSurface(url)) {
    case 'signin':
      return true;
    case 'support-form':
      return isSupportFormUrl(u);
    case 'console':
      return consoleRoute(u) !== null;
    default:
      return false;
  }
}

function classifySignin(view: PageView, u: URL): Classification | null {
  if (view.visible(SIGNED_IN)) return null;

  const failed = view.text(PHONE_FAILED_TEXT);
  if (failed || view.text(ALT_STEP_TEXT)) return failed ? { page: 'alt-factors', variant: 'phone-failed' } : { page: 'alt-factors' };

  const mfaInput = view.visible(MFA_INPUT);
  const codeLike = mfaInput || (view.visible(CODE_INPUT) && view.text(MFA_TEXT));
  const password = view.visible(PASSWORD) && !mfaInput;
  const altChoice = view.text(ALT_CHOICE_TEXT);
  const resync = view.text(RESYNC_TEXT);
  // The troubleshoot page (and the newer "Trouble signing in?" form, also as a dialog over the
  // code step) offers both ways out: both together are decisive.
  if (altChoice && resync) return { page: 'troubleshoot' };

  const code = mfaInput || view.visible(MFA_SUBMIT);
  const chooser = !password && (view.visible(DEVICE_CHOICE) || (view.visible(RADIO) && view.text(DEVICE_CHOICE_TEXT)));
  // The passkey / security-key step has no code field: the MFA type the page carries decides,
  // or, failing that, key wording together with MFA wording (never on the chooser, whose
  // options name passkeys too).
  // Stryker disable next-line ConditionalExpression,LogicalOperator: with a code field the page is mfa-code before key is looked at, and troubleshoot asks for !code itself
  const key = !code && !codeLike && !password && !chooser && (view.visible(MFA_KEY) || (view.text(KEY_PROMPT_TEXT) && (view.text(MFA_TEXT) || view.text(TRY_ANOTHER_METHOD_TEXT))));
  // One way out, or the heading, counts only when the page asks for nothing else: the
  // heading's text is also the link on the code and device steps.
  if ((altChoice || resync || view.text(TROUBLESHOOT_HEAD_TEXT)) && !code && !codeLike && !chooser && !password && !key) return { page: 'troubleshoot' };

  if (isNoMfaPath(u.pathname) && !password) return { page: 'alt-factors' };

  const variant: Variant = view.visible(LEGACY_IDS) ? 'legacy' : 'v2';
  if (code || (codeLike && !password)) return { page: 'mfa-code', variant };
  if (key) return { page: 'mfa-key', variant };
  if (chooser) return { page: 'mfa-device-choice', variant };
  return null;
}
