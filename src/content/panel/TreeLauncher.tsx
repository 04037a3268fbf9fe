import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { Btn } from './parts.tsx';
import { DecisionTree } from './DecisionTree.tsx';

/** "Can't enter a code?": opens the decision tree in place. */
export function TreeLauncher({ ctx }: { ctx: PanelContext }): JSX.Element {
  const [open, setOpen] = useState(false);
  return open ? (
    <DecisionTree ctx={ctx} />
  ) : (
    <div class="row">
      <Btn primary aria-expanded="false" onClick={() => setOpen(true)}>
        {t('panelCantEnter')}
      </Btn>
    </div>
  );
}
