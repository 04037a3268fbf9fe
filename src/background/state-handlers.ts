import type { AllHandlers } from './router.ts';
import { refreshReminders } from './reminder-run.ts';

/** Extension pages tell the worker that stored state changed: alarms, badge and notifications follow (issue #5). */
export const stateHandlers: Pick<AllHandlers, 'ui→bg/state:changed'> = {
  'ui→bg/state:changed': async () => {
    await refreshReminders();
    return { ok: true };
  },
};
