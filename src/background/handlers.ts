import type { Handlers } from './router.ts';

/** Message handlers by type; each feature adds its own module here. */
export const handlers: Handlers = {
  'ui→bg/state:changed': async () => ({ ok: true }),
};
