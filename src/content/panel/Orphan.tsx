import type { JSX } from 'preact';
import { Btn } from './parts.tsx';

/**
 * What an older copy of the panel shows once the extension was updated or reloaded under it
 * (its runtime is gone, so it can no longer ask the worker anything): reload to get the new copy.
 * Texts were read while the runtime was still there.
 */
export const Orphan = ({ note, close, onClose }: { note: string; close: string; onClose: () => void }): JSX.Element => (
  <section class="panel" role="alert" aria-live="assertive">
    <div class="head">
      <h2>
        <span class="brand">MFA Lifeline</span>
      </h2>
      <Btn class="x" aria-label={close} onClick={onClose}>
        ×
      </Btn>
    </div>
    <p data-orphan="">{note}</p>
  </section>
);
