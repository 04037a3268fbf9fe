import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { List, Point, seq } from './parts.tsx';
import { TreeLauncher } from './MfaCodeGuide.tsx';

/**
 * The passkey / security-key step (no code field): the key or the phone that holds the passkey is
 * gone. Same ways out as the code step: another registered device through "Try another MFA
 * method", then alternative factors, then the support form; the tree picks among them.
 */
export const MfaKeyGuide = ({ ctx }: { ctx: PanelContext }): JSX.Element => (
  <>
    <p>{t('panelKeyIntro')}</p>
    <Point ctx={ctx} target="tryAnotherMethod" step="pointed-try-another-method" />
    <TreeLauncher ctx={ctx} />
    <details>
      <summary>{t('panelKeyMore')}</summary>
      <List keys={seq('panelKeyMore', 3)} />
    </details>
  </>
);
