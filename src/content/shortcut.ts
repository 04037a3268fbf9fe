/**
 * The keyboard way to the panel from anywhere in the page: Alt+Shift+M (Option+Shift+M on a
 * Mac). Matched on the physical key, because Option+Shift+M types a character on macOS. The
 * panel's bar and heading announce it.
 */
export const SHORTCUT_LABEL = 'Alt+Shift+M';

export function isShortcut(e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyM';
}
