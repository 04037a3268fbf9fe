import type { Handlers } from './router.ts';

/** The support-form helper's phone formatting, kept in the worker so the content script stays small. */
export const phoneHandlers: Handlers = {};
