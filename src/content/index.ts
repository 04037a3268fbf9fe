/**
 * Content-script entry, built as one self-contained IIFE. It runs on the AWS hosts listed in
 * manifest.json only; the in-page assistant (issue #3) starts from here.
 */
import { awsSurface } from '../site/aws-hosts.ts';

const MARK = 'data-mfa-lifeline';

// Idempotency: a second copy (after an extension reload) must not start twice.
if (awsSurface(location.href) && !document.documentElement.hasAttribute(MARK)) {
  document.documentElement.setAttribute(MARK, 'ready');
}
