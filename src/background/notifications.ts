/**
 * The one place that creates and clears notifications, so the icon is always supplied (Chrome
 * refuses a basic notification without one) and tests can stub the browser underneath.
 * Firefox has no notification buttons (and rejects the option): it gets the same text without them.
 */
import { browser, type Notifications } from '../shared/browser.ts';

export interface NotificationText {
  title: string;
  message: string;
  /** Button labels, shown only where the browser supports buttons. */
  buttons?: string[];
}

/** Whether this browser shows notification buttons and reports clicks on them. */
export function notificationButtonsSupported(): boolean {
  const n = browser.notifications as unknown as { onButtonClicked?: { addListener?: unknown } };
  return typeof n.onButtonClicked?.addListener === 'function';
}

/** Shows (or replaces: same id) a notification. */
export async function showNotification(id: string, text: NotificationText): Promise<void> {
  const options: Notifications.CreateNotificationOptions & { buttons?: { title: string }[] } = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: text.title,
    message: text.message,
  };
  if (text.buttons?.length && notificationButtonsSupported()) options.buttons = text.buttons.map((title) => ({ title }));
  try {
    await browser.notifications.create(id, options);
  } catch (e) {
    // Firefox 153 defines onButtonClicked yet rejects the option ("Property "buttons" is
    // unsupported by Firefox"): show the same text without buttons rather than nothing.
    if (!options.buttons) throw e;
    delete options.buttons;
    await browser.notifications.create(id, options);
  }
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

/** Ids of this extension's notifications still on screen (or in the notification centre). */
export async function shownNotificationIds(): Promise<string[]> {
  return Object.keys((await browser.notifications.getAll()) ?? {});
}
