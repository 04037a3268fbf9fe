/**
 * Recognizing the elements that matter without observing the page's every mutation: a tiny
 * style sheet gives them a no-op CSS animation, and the browser fires `animationstart` when such
 * an element is rendered — inserted, or revealed by a class or attribute change (the legacy
 * page's steps) — while unrelated churn costs nothing. The rule sits in a cascade layer declared
 * before the page's own styles, so any animation the page sets on those elements wins over ours
 * (then, or if the page suppresses animations, the periodic pass still sees the step). The page
 * can see this sheet and the animation name; it learns nothing the user stored.
 */
import { KEY_SELECTORS } from '../site/aws-pages.ts';

export const SEEN_ANIMATION = 'mfa-lifeline-seen';

export const SEEN_CSS = `@layer mfa-lifeline{@keyframes ${SEEN_ANIMATION}{from{outline-offset:0}to{outline-offset:0}}${KEY_SELECTORS}{animation:${SEEN_ANIMATION} 1ms}}`;

export interface SeenStyle {
  /** Puts the sheet in (again, if the page removed it). */
  ensure(): void;
  remove(): void;
}

export function installSeenStyle(doc: Document): SeenStyle {
  // Made when first needed: on the console's routes where no panel lives it never is.
  let style: HTMLStyleElement | null = null;
  const ensure = () => {
    if (style?.isConnected) return;
    if (!style) {
      style = doc.createElement('style');
      style.textContent = SEEN_CSS;
    }
    // First in <head>, so that our layer is declared before any of the page's: the lowest priority.
    const parent = doc.head ?? doc.documentElement;
    parent.insertBefore(style, parent.firstChild);
  };
  return { ensure, remove: () => style?.remove() };
}

/** Whether an event is the browser telling us that one of the elements that matter was rendered. */
export function isSeen(e: Event): boolean {
  return e.isTrusted && (e as AnimationEvent).animationName === SEEN_ANIMATION;
}
