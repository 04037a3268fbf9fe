/**
 * Content-script entry, built as one self-contained IIFE. It runs on the AWS hosts listed in
 * manifest.json only and starts the in-page assistant (issue #3).
 *
 * Nothing the page can set or send stops it (issue #9): no DOM attribute, no page event. An
 * older copy left behind by an extension update stops when its runtime goes away (runtime.id
 * vanishes; see assistant.ts), a channel the page cannot reach.
 */
import { awsSurface } from '../site/aws-hosts.ts';
import { startAssistant } from './assistant.ts';

if (awsSurface(location.href)) startAssistant(document);
