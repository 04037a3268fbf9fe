import type { JSX } from 'preact';
import type { PanelContext } from '../panel-contract.ts';
import { t } from '../../shared/i18n.ts';

export interface PanelProps {
  ctx: PanelContext;
  onClose: () => void;
}

/** The in-page panel: one guide per recognized page kind, inside the machinery's shadow root. */
export function Panel({ ctx, onClose }: PanelProps): JSX.Element {
  return (
    <section class="panel" role="complementary" aria-labelledby="mfl-title">
      <div class="head">
        <h2 id="mfl-title">{t('panelTitle')}</h2>
        <button type="button" class="x" aria-label={t('commonClose')} onClick={(e) => e.isTrusted && onClose()}>
          ×
        </button>
      </div>
      <p class="muted">{ctx.page}</p>
    </section>
  );
}
