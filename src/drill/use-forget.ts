import { useEffect, useRef } from 'preact/hooks';

/** "A few minutes" of no keyboard, pointer or scrolling activity before the secret is dropped. */
export const IDLE_MINUTES = 5;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Calls `forget('idle')` after IDLE_MINUTES without activity while `holding` a secret, and
 * `forget('pagehide')` when the page goes away (closed, reloaded, or put in the back/forward
 * cache), so a secret never outlives the visit.
 */
export function useForget(holding: boolean, forget: (why: 'idle' | 'pagehide') => void): void {
  const latest = useRef(forget);
  latest.current = forget;

  useEffect(() => {
    const onHide = () => latest.current('pagehide');
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);

  useEffect(() => {
    if (!holding) return;
    let timer = setTimeout(() => latest.current('idle'), IDLE_MINUTES * 60_000);
    const onActivity = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current('idle'), IDLE_MINUTES * 60_000);
    };
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, { capture: true });
    };
  }, [holding]);
}
