import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { List, seq } from './parts.tsx';
import { TreeLauncher } from './TreeLauncher.tsx';

/** The MFA code step: what to do when there is no code to type, or the code is refused. */
export function MfaCodeGuide({ ctx }: { ctx: PanelContext }): JSX.Element {
  return (
    <>
      <p>{t('panelCodeIntro')}</p>
      <TreeLauncher ctx={ctx} />
      <details onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && ctx.record('opened-codes-failing')}>
        <summary>{t('panelCodesFail')}</summary>
        <List keys={seq('panelDrift', 4)} />
      </details>
    </>
  );
}
