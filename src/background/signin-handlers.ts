import type { Handlers } from './router.ts';

/** Handlers for the in-page assistant on the sign-in, recovery and support-form pages (issue #3). */
export const signinHandlers: Handlers = {};
