/**
 * Service-worker entry (Firefox: event page). Registration only: every listener is attached
 * synchronously at the top level so a wake-up event is never missed; handlers wait for `ready`.
 */
import { browser } from '../shared/browser.ts';
import { createRouter } from './router.ts';
import { handlers } from './handlers.ts';
import { start } from './lifecycle.ts';

const ready = start();

browser.runtime.onMessage.addListener(
  createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    ready,
    handlers,
  }),
);
