import type { Handlers } from './router.ts';

/** Handlers for the console Account and Security credentials panels (issue #5). */
export const consoleHandlers: Handlers = {};
