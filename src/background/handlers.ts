import type { AllHandlers } from './router.ts';
import { signinHandlers } from './signin-handlers.ts';
import { phoneHandlers } from './phone-handlers.ts';
import { consoleHandlers } from './console-handlers.ts';
import { linkHandlers } from './link-handlers.ts';
import { stateHandlers } from './state-handlers.ts';
import { treeHandlers } from './tree-handlers.ts';
import { panelInjectHandlers } from './panel-inject.ts';

/** Message handlers by type; each feature keeps its own module. The type requires all of them. */
export const handlers: AllHandlers = { ...signinHandlers, ...phoneHandlers, ...consoleHandlers, ...linkHandlers, ...stateHandlers, ...treeHandlers, ...panelInjectHandlers };
