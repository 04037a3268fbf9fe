import type { JSX } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { PanelContext } from '../panel-contract.ts';
import { List, seq } from './parts.tsx';
import { TreeLauncher } from './MfaCodeGuide.tsx';

/** The device choice (several MFA devices registered): what each choice means. */
export const DeviceChoiceGuide = ({ ctx }: { ctx: PanelContext }): JSX.Element => (
  <>
    <p>{t('panelChoiceIntro')}</p>
    <List keys={seq('panelChoiceKind', 4)} />
    <p class="muted">{t('panelChoiceNone')}</p>
    <TreeLauncher ctx={ctx} />
  </>
);
