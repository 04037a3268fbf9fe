import type { Handlers } from './router.ts';

/** Handlers for extension pages telling the worker that stored state changed (issue #5). */
export const stateHandlers: Handlers = {
  'ui→bg/state:changed': async () => ({ ok: true }),
};
