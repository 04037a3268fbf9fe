/**
 * Content-script entry, built as one self-contained IIFE. It runs on the AWS hosts listed in
 * manifest.json only and starts the in-page assistant (issue #3).
 */
import { awsSurface } from '../site/aws-hosts.ts';
import { startAssistant } from './assistant.ts';

const MARK = 'data-mfa-lifeline';
const TAKEOVER = 'mfa-lifeline:takeover';

if (awsSurface(location.href)) {
  // A newer copy (the extension was reloaded or updated) takes over: it marks <html> with its own
  // id and announces itself; an older copy that sees a foreign id stops and removes its panel.
  const id = Math.random().toString(36).slice(2);
  const root = document.documentElement;
  root.setAttribute(MARK, id);
  document.dispatchEvent(new Event(TAKEOVER));
  const controller = new AbortController();
  document.addEventListener(TAKEOVER, () => root.getAttribute(MARK) !== id && controller.abort(), { signal: controller.signal });
  startAssistant(document, controller);
}
