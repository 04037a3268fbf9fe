/**
 * The one import site of the WebExtension API. Chrome exposes `chrome.*` with callbacks or
 * promises, Firefox `browser.*` with promises; the polyfill gives every context the same
 * promise API. Keeping one import site makes a later switch (as WXT did) a one-file change.
 */
export { default as browser } from 'webextension-polyfill';
export type { Runtime, Alarms, Notifications, Tabs } from 'webextension-polyfill';
