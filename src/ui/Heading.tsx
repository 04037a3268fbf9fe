import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * The view's heading; it takes focus when the view appears, so keyboard and screen-reader users
 * land at the top of what changed rather than on a control that no longer exists.
 */
export function Heading({ children, level = 2 }: { children: ComponentChildren; level?: 1 | 2 }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return level === 1 ? (
    <h1 ref={ref} tabIndex={-1}>{children}</h1>
  ) : (
    <h2 ref={ref} tabIndex={-1}>{children}</h2>
  );
}
